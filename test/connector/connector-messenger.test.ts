import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConnectorMessenger } from '../../src/connector/connector-messenger';
import { parseRetryAfter } from '../../src/connector/retry-after';
import { anonymousTokenProvider, createBotFrameworkTokenProvider, type TokenProvider } from '../../src/connector/token-provider';
import { DeliveryError, type ConversationRef } from '../../src/ports/messenger';

const SERVICE = 'https://smba.trafficmanager.net/uk/';
const ref: ConversationRef = { serviceUrl: SERVICE, conversationId: '19:abc@thread.tacv2;messageid=123', channelId: 'msteams', tenantId: 'tn' };
const path = `/uk/v3/conversations/${encodeURIComponent(ref.conversationId)}/activities`;
const fixedTokens = (calls: Array<boolean | undefined> = []): TokenProvider => ({
  getToken: async (_s, o) => {
    calls.push(o?.forceRefresh);
    return 'tok-1';
  },
});

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

async function failure(p: Promise<unknown>): Promise<DeliveryError> {
  const e = await p.then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(DeliveryError);
  return e as DeliveryError;
}

describe('ConnectorMessenger', () => {
  it('POSTs to the conversation with a bearer token and returns the activity id', async () => {
    const scope = nock('https://smba.trafficmanager.net')
      .post(path, (b) => b.type === 'message' && b.text === 'hello' && b.conversation.id === ref.conversationId)
      .matchHeader('authorization', 'Bearer tok-1')
      .reply(201, { id: '1700000000001' });
    const m = new ConnectorMessenger({ tokens: fixedTokens() });
    expect(await m.send(ref, { type: 'message', text: 'hello' })).toEqual({ activityId: '1700000000001' });
    scope.done();
  });

  it('PUTs an update to .../activities/{id}; anonymous mode sends no Authorization header', async () => {
    const scope = nock('https://smba.trafficmanager.net', { badheaders: ['authorization'] })
      .put(`${path}/act%3A9`, (b) => b.id === 'act:9' && b.text === 'v2')
      .reply(200, {});
    const m = new ConnectorMessenger({ tokens: anonymousTokenProvider });
    await m.update({ ...ref, serviceUrl: 'https://smba.trafficmanager.net/uk' }, 'act:9', { text: 'v2' });
    scope.done();
  });

  it('creates a 1:1 conversation for a poster', async () => {
    const scope = nock('https://smba.trafficmanager.net')
      .post('/uk/v3/conversations', {
        isGroup: false, bot: { id: '28:bot' }, members: [{ id: '29:user' }], tenantId: 'tn', channelData: { tenant: { id: 'tn' } },
      })
      .reply(201, { id: 'a:1on1' });
    const m = new ConnectorMessenger({ tokens: fixedTokens() });
    expect(await m.createPersonalConversation(SERVICE, 'tn', '28:bot', '29:user')).toEqual({
      serviceUrl: SERVICE, conversationId: 'a:1on1', channelId: 'msteams', tenantId: 'tn', botId: '28:bot', userId: '29:user', conversationType: 'personal',
    });
    scope.done();
  });

  it('429 with Retry-After (seconds or HTTP date) is transient with retryAfterMs', async () => {
    const now = Date.parse('2026-01-05T09:00:00Z');
    const clock = { now: () => new Date(now) };
    nock('https://smba.trafficmanager.net').post(path).reply(429, '', { 'Retry-After': '2' });
    nock('https://smba.trafficmanager.net').post(path).reply(503, '', { 'Retry-After': new Date(now + 5000).toUTCString() });
    const m = new ConnectorMessenger({ tokens: fixedTokens(), clock });
    expect(await failure(m.send(ref, { text: 'x' }))).toMatchObject({ status: 429, retryAfterMs: 2000, permanent: false });
    expect(await failure(m.send(ref, { text: 'x' }))).toMatchObject({ status: 503, retryAfterMs: 5000, permanent: false });
  });

  it('403/404/400 are permanent with an admin-readable reason; 412/500/502/504 transient', async () => {
    const m = new ConnectorMessenger({ tokens: fixedTokens() });
    nock('https://smba.trafficmanager.net').post(path).reply(403, { error: { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.' } });
    const e = await failure(m.send(ref, { text: 'x' }));
    expect(e).toMatchObject({ status: 403, permanent: true });
    expect(e.message).toBe('HTTP 403: BotNotInConversationRoster - The bot is not part of the conversation roster.');
    for (const status of [400, 404]) {
      nock('https://smba.trafficmanager.net').post(path).reply(status, 'nope');
      expect(await failure(m.send(ref, {}))).toMatchObject({ status, permanent: true });
    }
    for (const status of [412, 500, 502, 504]) {
      nock('https://smba.trafficmanager.net').post(path).reply(status);
      expect(await failure(m.send(ref, {}))).toMatchObject({ status, permanent: false });
    }
  });

  it('timeouts and network errors are transient', async () => {
    nock('https://smba.trafficmanager.net').post(path).delay(500).reply(201, { id: 'late' });
    const m = new ConnectorMessenger({ tokens: fixedTokens(), timeoutMs: 50 });
    const t = await failure(m.send(ref, {}));
    expect(t.permanent).toBe(false);
    expect(t.message).toMatch(/timed out after 50 ms/);
    nock('https://smba.trafficmanager.net').post(path).replyWithError('socket hang up');
    expect(await failure(m.send(ref, {}))).toMatchObject({ permanent: false, status: undefined });
  });

  it('after a 401 the next call asks for a fresh token', async () => {
    const calls: Array<boolean | undefined> = [];
    const m = new ConnectorMessenger({ tokens: fixedTokens(calls) });
    nock('https://smba.trafficmanager.net').post(path).reply(401);
    nock('https://smba.trafficmanager.net').post(path).reply(201, { id: 'ok' });
    expect(await failure(m.send(ref, {}))).toMatchObject({ status: 401, permanent: false });
    await m.send(ref, {});
    expect(calls).toEqual([false, true]);
  });

  it('a token failure is a transient DeliveryError', async () => {
    const m = new ConnectorMessenger({ tokens: { getToken: async () => { throw new Error('AADSTS7000215'); } } });
    expect(await failure(m.send(ref, {}))).toMatchObject({ permanent: false });
  });
});

describe('token provider', () => {
  it('no app id means anonymous (local playground)', async () => {
    expect(await createBotFrameworkTokenProvider({}).getToken(SERVICE)).toBeUndefined();
  });

  it('with an app id it fetches a client-credentials token for the Bot Framework scope', async () => {
    // Single tenant: token from the tenant's authority. Intercept any AAD call (discovery + token).
    let tokenBody = '';
    const aad = nock('https://login.microsoftonline.com').persist()
      .get(/.*/).reply(200, (uri) => openIdConfig(uri))
      .post(/oauth2\/v2\.0\/token/, (b) => { tokenBody = typeof b === 'string' ? b : new URLSearchParams(b).toString(); return true; })
      .reply(200, { token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600, access_token: 'aad-token' });
    const p = createBotFrameworkTokenProvider({ appId: '00000000-0000-0000-0000-000000000001', appPassword: 'secret', tenantId: 'contoso.onmicrosoft.com', botType: 'SingleTenant' });
    expect(await p.getToken(SERVICE)).toBe('aad-token');
    expect(decodeURIComponent(tokenBody)).toContain('https://api.botframework.com/.default');
    aad.persist(false);
  });
});

function openIdConfig(uri: string) {
  const tenant = uri.split('/')[1] ?? 'common';
  const base = `https://login.microsoftonline.com/${tenant}`;
  if (uri.includes('discovery/instance')) {
    return { tenant_discovery_endpoint: `${base}/v2.0/.well-known/openid-configuration`, 'api-version': '1.1', metadata: [] };
  }
  return {
    token_endpoint: `${base}/oauth2/v2.0/token`, authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    issuer: `https://login.microsoftonline.com/${tenant}/v2.0`, end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    jwks_uri: `${base}/discovery/v2.0/keys`, response_modes_supported: ['query'],
  };
}

describe('parseRetryAfter', () => {
  it('parses seconds, fractions and HTTP dates', () => {
    const now = Date.parse('2026-01-05T09:00:00Z');
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter('0.25', now)).toBe(250);
    expect(parseRetryAfter('Mon, 05 Jan 2026 09:00:03 GMT', now)).toBe(3000);
    expect(parseRetryAfter('Mon, 05 Jan 2026 08:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
