import { describe, expect, it } from 'vitest';
import { scan } from '../../src/detection';
import { checkStatus, DRAFT_MAX_LENGTH } from '../../src/status';

const deps = { scanner: { scan } };

describe('checkStatus: ok', () => {
  it.each([
    'Attending NPIA meeting, will keep you updated on outcomes',
    'currently working on new project. Does anybody have any experience of this topic?',
    'Reviewing the ASB plan for Cannock. Any advice welcome.',
    'Working on the family liaison officer training package',
    'Mental health triage car pilot starts next month',
    'Sorting the annual leave rota for response',
    'Attending the SNT surgery in Hanley on Friday',
    'Planning the bank holiday cover for custody',
  ])('%s', (draft) => {
    const check = checkStatus(draft, deps);
    expect(check.outcome).toBe('ok');
    if (check.outcome === 'ok') expect(check.message).toMatch(/work-related/);
  });
});

describe('checkStatus: personal_information', () => {
  it('removes the whole contact phrase, not just the digits', () => {
    const check = checkStatus('Working on the ASB plan, ring me on 07700 900123', deps);
    expect(check).toMatchObject({ outcome: 'personal_information', rewrite: 'Working on the ASB plan.' });
    if (check.outcome !== 'personal_information') throw new Error('unreachable');
    expect(check.rewrite).not.toMatch(/\d/);
    expect(check.findings).toEqual([{ type: 'phone', masked: expect.not.stringContaining('900123') }]);
    expect(check.message).toMatch(/a phone number/);
  });

  it.each([
    ['Working on the ASB plan, call me on 07700 900123', 'Working on the ASB plan.'],
    ['Working on the ASB plan and text me 07700 900123', 'Working on the ASB plan.'],
    ['Reviewing the rota. My number is 07700 900123 if you can help!', 'Reviewing the rota.'],
    ['Ring me on 07700 900123 - reviewing the custody SOP', 'Reviewing the custody SOP.'],
    ['Custody audit this week, email me at jo.bloggs@example.com', 'Custody audit this week.'],
    ['Custody audit this week, drop me an email jo.bloggs@example.com', 'Custody audit this week.'],
    ['Planning the leaving do, give me a ring on 01785 232525 or pop in', 'Planning the leaving do.'],
    ['Attending NPIA meeting. Mob: 07700 900123', 'Attending NPIA meeting.'],
    ['Reviewing the burglary project? please ring me on 07700 900123', 'Reviewing the burglary project?'],
    ['Working on the burglary file, victim is Jane Whitfield', 'Working on the burglary file.'],
    ['Prepping the interview plan, suspect Dean Price', 'Prepping the interview plan.'],
    ['Attending the NPCC conference, OFFICIAL-SENSITIVE', 'Attending the NPCC conference.'],
    ['Working on the ASB plan, I live at 12 High Street, Stafford ST16 2DJ', 'Working on the ASB plan.'],
    ['Custody audit; my DOB is 01/02/1980', 'Custody audit.'],
    ['Working on the plan, my reg is AB12 CDE', 'Working on the plan.'],
    ['Working on the ASB plan, my NI number is QQ 12 34 56 C', 'Working on the ASB plan.'],
  ])('%s -> %s', (draft, rewrite) => {
    const check = checkStatus(draft, deps);
    expect(check).toMatchObject({ outcome: 'personal_information', rewrite });
    if (check.outcome !== 'personal_information') throw new Error('unreachable');
    // The rewrite is itself clean and fit to post.
    expect(scan({ text: check.rewrite })).toEqual([]);
    expect(checkStatus(check.rewrite, deps).outcome).toBe('ok');
  });

  it('lists every kind found, masked, once each', () => {
    const check = checkStatus('Rota queries to jo.bloggs@example.com or 07700 900123, or 07700 900123', deps);
    if (check.outcome !== 'personal_information') throw new Error(`got ${check.outcome}`);
    expect(check.findings.map((f) => f.type).sort()).toEqual(['email', 'phone']);
    for (const f of check.findings) expect(f.masked).toMatch(/•/);
    expect(JSON.stringify(check.findings)).not.toMatch(/jo\.bloggs|900123/);
    expect(check.message).toMatch(/an email address and a phone number|a phone number and an email address/);
  });

  it('offers no rewrite when nothing work-related is left', () => {
    const check = checkStatus('call me on 07700 900123', deps);
    expect(check).toMatchObject({ outcome: 'personal_information', rewrite: '' });
    if (check.outcome === 'personal_information') expect(check.message).toMatch(/nothing left/);
  });

  it('removes an address with its lead-in', () => {
    const check = checkStatus('Working on the rota. I live at 12 High Street, ST16 2DJ', deps);
    expect(check).toMatchObject({ outcome: 'personal_information', rewrite: 'Working on the rota.' });
  });

  it('does not offer a rewrite that is itself not about work', () => {
    const check = checkStatus('Off to Spain for 2 weeks, text me on 07700 900123', deps);
    expect(check).toMatchObject({ outcome: 'personal_information', rewrite: '' });
  });
});

describe('checkStatus: not_work', () => {
  it.each([
    ["I'm in Spain for two weeks from Saturday", 'whereabouts'],
    ['Away until Monday, back on Tuesday', 'whereabouts'],
    ['Off to Spain for 2 weeks!', 'holiday'],
    ['On annual leave next week, see you all soon', 'holiday'],
    ['Counting down to my holidays 🌴', 'holiday'],
    ['Proud mum moment: my son passed his driving test', 'family'],
    ['School run then in late', 'family'],
    ["Off sick with flu, back when I'm better", 'health'],
    ['Hospital appointment this afternoon', 'health'],
    ['Dentist this afternoon, back after lunch', 'health'],
  ])('%s -> %s', (draft, reason) => {
    const check = checkStatus(draft, deps);
    expect(check).toMatchObject({ outcome: 'not_work', reason });
    if (check.outcome === 'not_work') expect(check.message).toMatch(/everyone/i);
  });

  // Since issue 14 the detector reads health disclosed about oneself ("my diabetes"), so these are personal information first.
  it.each([['Recovering from my knee operation'], ['Working on the PPN backlog, my diabetes is playing up']])('%s -> personal_information (health)', (draft) => {
    const check = checkStatus(draft, deps);
    expect(check).toMatchObject({ outcome: 'personal_information', findings: [expect.objectContaining({ type: 'health' })] });
  });

  it('explains gently that an empty house is the risk for whereabouts', () => {
    const check = checkStatus("I'm in Spain for two weeks from Saturday", deps);
    if (check.outcome !== 'not_work') throw new Error('unreachable');
    expect(check.message).toMatch(/home is empty/);
  });
});

describe('checkStatus: invalid', () => {
  it.each([
    ['', 'empty'],
    ['  ', 'empty'],
    ['x'.repeat(DRAFT_MAX_LENGTH + 1), 'too_long'],
    [123, 'not_text'],
    [null, 'not_text'],
    [['a'], 'not_text'],
  ])('%# -> %s', (draft, reason) => {
    const check = checkStatus(draft, deps);
    expect(check).toMatchObject({ outcome: 'invalid', reason });
    if (check.outcome === 'invalid') expect(check.message.length).toBeGreaterThan(20);
  });

  it(`accepts exactly ${DRAFT_MAX_LENGTH} characters`, () => {
    expect(checkStatus(`Reviewing the plan ${'a'.repeat(DRAFT_MAX_LENGTH - 19)}`, deps).outcome).toBe('ok');
  });
});
