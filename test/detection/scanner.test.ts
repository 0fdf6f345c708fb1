import { describe, expect, it } from 'vitest';
import { createScanner, detectionConfigSchema, FINDING_TYPES, maskValue, scan, type Finding } from '../../src/detection';

const types = (fs: Finding[]): string[] => fs.map((f) => f.type);
const values = (text: string, fs: Finding[]): string[] => fs.map((f) => text.slice(f.start, f.end));

describe('scan', () => {
  it('returns findings with UTF-16 offsets, masked values and the personal-information topic', () => {
    const text = '👮 Ring me on 07700 900215 about the swap';
    const [f] = scan({ text });
    expect(f.type).toBe('phone');
    expect(text.slice(f.start, f.end)).toBe('07700 900215');
    expect(f.masked).toBe('07700 9•••15');
    expect(f.policyTopic).toBe('personal_information');
    expect(f.severity).toBe('medium');
    expect(f.confidence).toBeGreaterThan(0.5);
    expect(f.rule).toMatch(/^phone\./);
  });

  it.each([
    ['07700 900123', 'mobile'],
    ['01632 960001', 'drama landline'],
    ['0121 496 0000', 'Birmingham drama'],
    ['020 7946 0999', 'London drama'],
    ['0113 496 0123', 'Leeds drama'],
    ['+44 7700 900123', '+44'],
    ['+44 (0)20 7946 0123', '+44 (0)'],
    ['07700900123', 'unspaced'],
  ])('finds phone %s (%s)', (number) => {
    const text = `Call ${number} after six`;
    const found = scan({ text });
    expect(values(text, found)).toEqual([number]);
    expect(types(found)).toEqual(['phone']);
  });

  it.each([
    'Call the Web Comms team on extension 2270',
    'Briefing at 09:30 on 12/03, room 1.07',
    'Burglary down 8% across ST17 this quarter',
    'M6 J14 closed northbound tonight, use the A38',
    'Great work by PC 1234 and PCSO 7788 on Op Falcon',
    'Update to version 4.2.1.7 before Friday',
    'Job ref SP-2024-117 closes on 30/04, salary £28,500',
    'Keep it confidential for now, we protect the public',
    'SECRET SANTA names in by Friday',
    'Email neighbourhood.team@staffordshire.police.uk with ideas',
    'Crimestoppers is 0800 555 111 and the switchboard 0300 123 4455',
    'The meeting is on 3 June 2025 at 14:00',
  ])('does not flag ordinary work post: %s', (text) => {
    expect(scan({ text })).toEqual([]);
  });

  it('allows subdomains of the organisation domain and flags other addresses', () => {
    const text = 'hr@mail.staffordshire.police.uk or jo@gmail.com';
    expect(values(text, scan({ text }))).toEqual(['jo@gmail.com']);
  });

  it('labels sort code and account number as two bank_account findings', () => {
    const text = 'Leaving collection: sort code 40-47-84, account 12345678';
    const found = scan({ text });
    expect(types(found)).toEqual(['bank_account', 'bank_account']);
    expect(values(text, found)).toEqual(['40-47-84', '12345678']);
  });

  it('rejects checksum failures (card, NHS, IBAN; PNC and CRO shapes without their name)', () => {
    for (const text of [
      'card 4929 1234 5678 9016',
      'NHS number 401-023-2138',
      'IBAN GB82 WEST 1234 5698 7654 33',
      'seen 2008/0056560A',
      'see 85227/65G',
    ]) {
      expect({ text, found: scan({ text }) }).toEqual({ text, found: [] });
    }
  });

  it('finds a PNC ID or CRO number right next to its name even when the check letter fails (mistyped or made up)', () => {
    for (const [text, type] of [
      ['PNC ID 2008/0056560A', 'pnc_id'],
      ['pnc 11/482913k for the male', 'pnc_id'],
      ['08/223194P - PNC ID for the file', 'pnc_id'],
      ['CRO 85227/65G', 'cro_number'],
      ['cro is 051284/09m', 'cro_number'],
    ] as const) {
      const found = scan({ text });
      expect({ text, found: found.map((f) => [f.type, f.rule]) }).toEqual({ text, found: [[type, `${type}.named_shape`]] });
    }
  });

  it('needs birth context for a date of birth', () => {
    expect(types(scan({ text: 'DOB 14/02/1997' }))).toEqual(['date_of_birth']);
    expect(scan({ text: 'Meeting on 14/02/1997 was cancelled' })).toEqual([]);
  });

  it('finds police identifiers and gradings', () => {
    const text = 'PNC ID 1981/0154257C, CRO 265416/21G, source graded 1A, crime ref 22/45871/24';
    expect(types(scan({ text }))).toEqual(['pnc_id', 'cro_number', 'intelligence_grading', 'crime_reference']);
  });
});

describe('files', () => {
  it('reports Teams file attachments with name and type, and ignores cards and the html body', () => {
    const found = scan({
      text: 'rota attached',
      attachments: [
        { contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'rota.xlsx', content: { fileType: 'xlsx', downloadUrl: 'https://x' } },
        { contentType: 'text/html', content: '<p>rota attached</p>' },
        { contentType: 'application/vnd.microsoft.card.adaptive', content: {} },
      ],
    });
    expect(found).toEqual([
      expect.objectContaining({ type: 'file_upload', start: 0, end: 0, fileName: 'rota.xlsx', fileType: 'xlsx', policyTopic: 'file_upload' }),
    ]);
  });

  it('deduplicates a file sent as an attachment and as an <attachment> tag', () => {
    const found = scan({
      text: 'see doc',
      html: '<p>see doc</p><attachment id="a1b2"></attachment>',
      attachments: [{ contentType: 'reference', name: 'Case file.docx', contentUrl: 'https://tenant.sharepoint.com/sites/x/Case%20file.docx' }],
    });
    expect(found.map((f) => [f.type, f.fileName, f.fileType])).toEqual([['file_upload', 'Case file.docx', 'docx']]);
  });

  it('finds inline AMS images and <attachment> tags in html when there are no attachments', () => {
    const found = scan({
      text: 'look at this',
      html: '<p>look</p><img itemtype="http://schema.skype.com/AMSImage" src="https://eu-api.asm.skype.com/v1/objects/0-x/views/imgo" alt="image"><attachment id="f00d"></attachment>',
    });
    expect(found.map((f) => f.rule).sort()).toEqual(['file.html_attachment', 'file.html_image']);
  });

  it('counts an image attachment and its inline html image once', () => {
    const found = scan({
      text: '',
      html: '<img itemtype="http://schema.skype.com/AMSImage" src="https://eu-api.asm.skype.com/v1/objects/0-y/views/imgo">',
      attachments: [{ contentType: 'image/png', contentUrl: 'https://smba.trafficmanager.net/uk/v3/attachments/0-y/views/original' }],
    });
    expect(found.map((f) => [f.type, f.fileType])).toEqual([['file_upload', 'png']]);
  });

  it('does not treat plain links as files', () => {
    expect(scan({ text: 'Guidance: https://intranet.staffordshire.police.uk/policy.pdf', html: '<a href="https://x/y.pdf">y</a>' })).toEqual([]);
  });
});

describe('config', () => {
  it('exposes all finding types', () => {
    expect(FINDING_TYPES).toContain('file_upload');
    expect(FINDING_TYPES).toContain('operational_use');
    expect(FINDING_TYPES.length).toBe(23);
  });

  it('can disable a type and change severity', () => {
    const s = createScanner({ types: { phone: { enabled: false }, email: { severity: 'high' } } });
    const found = s.scan({ text: 'ring 07700 900215 or mail jo@gmail.com' });
    expect(found.map((f) => [f.type, f.severity])).toEqual([['email', 'high']]);
  });

  it('honours allowed email domains', () => {
    const s = createScanner({ allowedEmailDomains: ['gmail.com'] });
    expect(s.scan({ text: 'jo@gmail.com' })).toEqual([]);
    expect(s.scan({ text: 'jo@staffordshire.police.uk' }).map((f) => f.type)).toEqual(['email']);
  });

  it('applies custom patterns only near their context words', () => {
    const s = createScanner({
      customPatterns: [{ name: 'staffs_crime', type: 'crime_reference', pattern: '\\bCR-\\d{6}-\\d{2}\\b', contextWords: ['crime', 'niche'], severity: 'high' }],
    });
    const hit = s.scan({ text: 'Niche crime CR-123456-24 needs review' });
    expect(hit.map((f) => [f.type, f.rule, f.severity])).toEqual([['crime_reference', 'custom.staffs_crime', 'high']]);
    expect(s.scan({ text: 'Parcel CR-123456-24 arrived' })).toEqual([]);
  });

  it('raises the bar with minConfidence', () => {
    const text = 'Anyone dealt with a Mrs Jenkins on the estate?';
    expect(createScanner({ minConfidence: 0.95 }).scan({ text })).toEqual([]);
  });

  it('rejects invalid config', () => {
    expect(() => createScanner({ minConfidence: 2 })).toThrow();
    expect(() => createScanner({ customPatterns: [{ name: 'x', type: 'crime_reference', pattern: '(', contextWords: [] }] })).toThrow();
    expect(() => createScanner({ customPatterns: [{ name: 'x', type: 'crime_reference', pattern: '(a+)+$', contextWords: [] }] })).toThrow();
    expect(detectionConfigSchema.safeParse({ types: { nonsense: {} } }).success).toBe(false);
  });
});

describe('maskValue', () => {
  it('keeps a few characters and separators', () => {
    expect(maskValue('phone', '07700 900223')).toBe('07700 9•••23');
    expect(maskValue('nino', 'JG 12 34 56 A')).toBe('JG •• •• •• A');
    expect(maskValue('payment_card', '4929 1234 5678 9015')).toBe('4929 •••• •••• 9015');
    expect(maskValue('email', 'jo.bloggs@gmail.com')).toBe('jo•••••••@gmail.com');
  });
  it('never returns a short value unmasked', () => {
    expect(maskValue('bank_account', '12345678')).not.toBe('12345678');
    expect(maskValue('postcode', 'M1 1AE')).not.toBe('M1 1AE');
  });
});
