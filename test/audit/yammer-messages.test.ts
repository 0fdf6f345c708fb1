import { describe, expect, it } from 'vitest';
import { columnIndex, ExportFormatError, MESSAGES_REQUIRED, toReadItem, uploadedFileIds, type MessageRowContext } from '../../src/audit/yammer-messages';
import { normaliseTimestamp, yearOf } from '../../src/audit/export-dates';
import { htmlToText } from '../../src/audit/html-text';

const HEADER = ['id', 'thread_id', 'group_id', 'group_name', 'sender_id', 'sender_name', 'body', 'html_body', 'attachments', 'created_at', 'deleted_at', 'deleted_by_id', 'message_type', 'in_private_conversation', 'title', 'api_url', 'extra_new_column'];

function row(values: Record<string, string>): string[] {
  return HEADER.map((h) => values[h] ?? '');
}

function ctx(overrides: Partial<MessageRowContext> = {}): MessageRowContext {
  return { file: 'Messages.csv', row: 2, seq: 0, headerLength: HEADER.length, files: new Map([['77', { id: '77', name: 'rota.xlsx', uploaderId: '5', groupId: '1', groupName: 'G', createdAt: '' }]]), attachedFileIds: new Set(), ...overrides };
}

describe('Viva Engage Messages.csv rows', () => {
  const index = columnIndex('Messages.csv', HEADER, MESSAGES_REQUIRED);

  it('finds columns by name, whatever their order, and names a missing one with the file and row', () => {
    expect(columnIndex('Messages.csv', [...HEADER].reverse(), MESSAGES_REQUIRED).get('id')).toBe(HEADER.length - 1);
    const withoutBody = HEADER.filter((h) => h !== 'body');
    expect(() => columnIndex('Messages.csv', withoutBody, MESSAGES_REQUIRED)).toThrow(ExportFormatError);
    expect(() => columnIndex('Messages.csv', withoutBody, MESSAGES_REQUIRED)).toThrow(/^Messages\.csv row 1 \(header\): missing column "body"/);
  });

  it('reads a live message with its group, sender, date and link', () => {
    const item = toReadItem(row({ id: '10', thread_id: '9', group_id: '501', group_name: 'Response', sender_id: '42', body: 'hello', created_at: '2022/02/11 18:30:05 +0000', api_url: 'https://www.yammer.com/api/v1/messages/10' }), index, ctx());
    expect(item).toMatchObject({ kind: 'message', message: { id: '10', threadId: '9', groupName: 'Response', senderId: '42', text: 'hello', createdAt: '2022-02-11T18:30:05.000Z', link: 'https://www.yammer.com/api/v1/messages/10' } });
  });

  it('skips deleted and system messages, and reports a short row as malformed', () => {
    expect(toReadItem(row({ id: '11', body: 'x', deleted_at: '2022/03/01 08:05:00 +0000' }), index, ctx())).toEqual({ kind: 'skipped', reason: 'deleted', id: '11', seq: 0 });
    expect(toReadItem(row({ id: '12', body: 'x', deleted_by_id: '5' }), index, ctx())).toMatchObject({ kind: 'skipped', reason: 'deleted' });
    expect(toReadItem(row({ id: '13', body: 'x', message_type: 'system' }), index, ctx())).toMatchObject({ kind: 'skipped', reason: 'system' });
    expect(toReadItem(['14', '14', '501'], index, ctx({ row: 7 }))).toEqual({ kind: 'malformed', row: { where: 'Messages.csv row 7', reason: `3 fields where the header has ${HEADER.length}` } });
    expect(toReadItem(row({ body: 'no id' }), index, ctx())).toMatchObject({ kind: 'malformed', row: { reason: 'no message id' } });
  });

  it('reads the HTML body when the plain body is empty, and the title with the body', () => {
    const item = toReadItem(row({ id: '15', body: '', html_body: '<p>Call <span>07700</span> 900123 &amp; ask</p>', title: 'Cover' }), index, ctx());
    expect(item.kind === 'message' && item.message.text).toBe('Cover\nCall 07700 900123 & ask');
  });

  it('names uploaded files from Files.csv and leaves link previews alone', () => {
    const attached = new Set<string>();
    const item = toReadItem(row({ id: '16', body: 'see file', attachments: 'uploadedfile:77, opengraphobject:[1 : https://x : title="t" : description="d"], uploadedfile:78' }), index, ctx({ attachedFileIds: attached }));
    expect(item.kind === 'message' && item.message.attachments).toEqual([
      { contentType: 'reference', name: 'rota.xlsx' },
      { contentType: 'reference', name: 'uploadedfile:78' },
    ]);
    expect([...attached]).toEqual(['77', '78']);
    expect(uploadedFileIds('opengraphobject:[1 : https://x]')).toEqual([]);
  });

  it('puts private conversations in their own group', () => {
    const item = toReadItem(row({ id: '17', body: 'x', in_private_conversation: 'true', group_id: '' }), index, ctx());
    expect(item).toMatchObject({ message: { groupId: 'private', groupName: '(private messages)' } });
  });
});

describe('export dates and HTML', () => {
  it('normalises Yammer and ISO timestamps and keeps what it cannot read', () => {
    expect(normaliseTimestamp('2019/06/10 14:41:23 +0000')).toBe('2019-06-10T14:41:23.000Z');
    expect(normaliseTimestamp('2019-06-10 14:41:23 UTC')).toBe('2019-06-10T14:41:23.000Z');
    expect(normaliseTimestamp('2025-03-04T10:00:00Z')).toBe('2025-03-04T10:00:00.000Z');
    expect(normaliseTimestamp('last Tuesday')).toBe('last Tuesday');
    expect(yearOf('2019-06-10T14:41:23.000Z')).toBe('2019');
    expect(yearOf('last Tuesday')).toBe('unknown');
  });

  it('turns HTML into text with line breaks at blocks and no script content', () => {
    expect(htmlToText('<div>a<br>b</div><script>var x = "07700 900123"</script><p>c&nbsp;d</p>')).toBe('a\nb\nc d');
  });
});
