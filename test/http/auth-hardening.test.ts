import { generateKeyPair, SignJWT } from 'jose';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { personalMessage, SERVICE_URL } from '../support/activities';
import { useBot } from '../support/bot-harness';

const APP_ID = '11111111-2222-4333-8444-555555555555';
const TENANT = '0f0e0d0c-0000-4000-8000-00000000beef';
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const claims = () => ({ iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: SERVICE_URL, iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + 600 });

/**
 * Forged tokens are refused with 401 even when the OpenID metadata cannot be fetched, and alg-none
 * and HMAC tokens are refused before any network call. An unreachable key store is 503, with no
 * internal detail in the body.
 */
describe('authentication when the signing keys cannot be fetched', () => {
  const ctx = useBot({ env: { BOT_ID: APP_ID, BOT_PASSWORD: 'test-secret', BOT_TENANT_ID: TENANT, BOT_TYPE: 'SingleTenant' } });

  it('refuses alg-none and HS256 tokens with 401 and makes no network call', async () => {
    const metadata = nock('https://login.botframework.com').get(/.*/).times(10).reply(200, {});
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims())}.`;
    const hs256 = await new SignJWT(claims()).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('a-shared-secret-anyone-could-guess'));
    for (const token of [none, hs256, 'not-a-jwt']) {
      const response = await ctx.bot.post(personalMessage('can I upload files?'), { headers: { authorization: `Bearer ${token}` } });
      expect(response.status).toBe(401);
    }
    expect(metadata.isDone()).toBe(false);
    expect(metadata.pendingMocks().length).toBeGreaterThan(0);
  });

  it('answers 503 with no internal detail to an RS256 token when the OpenID metadata is unreachable, and logs it', async () => {
    nock('https://login.botframework.com').get(/.*/).times(10).reply(500, 'upstream exploded at 10.0.0.7');
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({ serviceurl: SERVICE_URL }).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer('https://api.botframework.com').setAudience(APP_ID).setIssuedAt().setExpirationTime('10m').sign(privateKey);
    const response = await ctx.bot.post(personalMessage('can I upload files?'), { headers: { authorization: `Bearer ${forged}` } });
    expect(response.status).toBe(503);
    expect(JSON.stringify(response.body)).not.toMatch(/10\.0\.0\.7|exploded|openid|Failed to load/i);
    expect(response.body).toMatchObject({ code: 'AUTH_KEYS_UNAVAILABLE' });
    expect(ctx.bot.logs.some((line) => line.code === 'AUTH_KEYS_UNAVAILABLE')).toBe(true);
  });

  it('refuses an activity whose serviceUrl is not https before checking the token', async () => {
    const response = await ctx.bot.post({ ...personalMessage('hi'), serviceUrl: 'http://attacker.example/' }, { headers: { authorization: `Bearer ${b64({ alg: 'RS256' })}.${b64(claims())}.sig` } });
    expect(response.status).toBe(400);
  });
});
