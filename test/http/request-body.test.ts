import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { personalMessage } from '../support/activities';
import { useBot } from '../support/bot-harness';

const uploadsInTmp = async () => (await readdir(tmpdir())).filter((name) => name.startsWith('upload_'));

/** /api/messages reads JSON only, in memory, within MAX_BODY_BYTES: nothing a caller sends reaches the disk. */
describe('request bodies on /api/messages', () => {
  const ctx = useBot({ env: { MAX_BODY_BYTES: '65536', BOT_ID: '11111111-2222-4333-8444-555555555555', BOT_PASSWORD: 'x', BOT_TENANT_ID: '0f0e0d0c-0000-4000-8000-00000000beef' } });

  it('refuses a multipart upload with 415 and leaves no file behind', async () => {
    const before = new Set(await uploadsInTmp());
    for (let i = 0; i < 5; i += 1) {
      const form = new FormData();
      form.append('file', new Blob([Buffer.alloc(40_000, 65)]), `big-${i}.bin`);
      const response = await fetch(`${ctx.bot.baseUrl}/api/messages`, { method: 'POST', body: form });
      expect(response.status).toBe(415);
      expect(await response.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    }
    const after = (await uploadsInTmp()).filter((name) => !before.has(name));
    expect(after).toEqual([]);
  });

  it('refuses form-encoded and text bodies with 415', async () => {
    for (const [type, body] of [['application/x-www-form-urlencoded', 'a=1'], ['text/plain', '{}'], ['application/octet-stream', '{}']] as const) {
      const response = await fetch(`${ctx.bot.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': type }, body });
      expect(response.status).toBe(415);
    }
  });

  it('answers 413 to a chunked body over the limit without a content-length', async () => {
    const chunk = Buffer.alloc(16_384, 32);
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 8; i += 1) controller.enqueue(chunk);
        controller.close();
      },
    });
    const response = await fetch(`${ctx.bot.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
  });

  it('still reads application/json with a charset (401 here: the request carries no token)', async () => {
    const response = await ctx.bot.post(personalMessage('hi'), { headers: { 'content-type': 'application/json; charset=utf-8' } });
    expect(response.status).toBe(401);
  });
});
