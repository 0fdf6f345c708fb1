import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { membersAdded, personalMessage, SERVICE_URL } from '../support/activities';
import { startBot, type BotHarness } from '../support/bot-harness';
import { captureConnector } from '../support/connector-capture';

const APP_ID = '11111111-2222-4333-8444-555555555555';
const TENANT = '0f0e0d0c-0000-4000-8000-00000000beef';
const KID = 'test-signing-key';
type SigningKey = Parameters<SignJWT['sign']>[0];

/**
 * With an app id configured, every request must carry a Bot Framework JWT signed by a key in the
 * published JWKS. The metadata and keys are served by nock; the key pair is made here.
 */
describe('Bot Framework authentication', () => {
  let bot: BotHarness;
  let privateKey: SigningKey;
  let otherKey: SigningKey;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    privateKey = pair.privateKey as SigningKey;
    otherKey = (await generateKeyPair('RS256')).privateKey as SigningKey;
    const jwk = await exportJWK(pair.publicKey);
    bot = await startBot({ env: { BOT_ID: APP_ID, BOT_PASSWORD: 'test-secret', BOT_TENANT_ID: TENANT, BOT_TYPE: 'SingleTenant' } });
    nock('https://login.botframework.com')
      .persist()
      .get('/v1/.well-known/openidconfiguration')
      .reply(200, { issuer: 'https://api.botframework.com', jwks_uri: 'https://login.botframework.com/v1/.well-known/keys', id_token_signing_alg_values_supported: ['RS256'] })
      .get('/v1/.well-known/keys')
      .reply(200, { keys: [{ ...jwk, kid: KID, kty: 'RSA', use: 'sig', alg: 'RS256', endorsements: ['msteams'] }] });
  });

  afterAll(async () => {
    await bot.stop();
  });

  async function token(key: SigningKey, claims: Record<string, unknown> = {}) {
    return new SignJWT({ serviceurl: SERVICE_URL, ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: KID, typ: 'JWT' })
      .setIssuer('https://api.botframework.com')
      .setAudience(APP_ID)
      .setIssuedAt()
      .setNotBefore('0s')
      .setExpirationTime('10m')
      .sign(key);
  }

  it('rejects a request with no token with 401 and processes nothing', async () => {
    const connector = captureConnector();
    const activity = personalMessage('can I upload files?');
    const response = await bot.post(activity);
    expect(response.status).toBe(401);
    await new Promise((r) => setTimeout(r, 100));
    expect(connector.sent).toEqual([]);
    // The message was never claimed as processed: the first claim of its id still succeeds.
    expect(await bot.store.activities.claimActivity(`message:${activity.id}`)).toBe(true);
  });

  it('rejects a forged token (signed by another key) with 401', async () => {
    const connector = captureConnector();
    const response = await bot.post(personalMessage('can I upload files?'), { headers: { authorization: `Bearer ${await token(otherKey)}` } });
    expect(response.status).toBe(401);
    expect(connector.sent).toEqual([]);
  });

  it('rejects a correctly signed token for another audience with 401', async () => {
    const forged = await new SignJWT({ serviceurl: SERVICE_URL }).setProtectedHeader({ alg: 'RS256', kid: KID }).setIssuer('https://api.botframework.com').setAudience('someone-else').setIssuedAt().setExpirationTime('10m').sign(privateKey);
    const response = await bot.post(personalMessage('can I upload files?'), { headers: { authorization: `Bearer ${forged}` } });
    expect(response.status).toBe(401);
  });

  it('refuses a valid token whose serviceurl claim does not match the activity serviceUrl', async () => {
    const activity = { ...membersAdded({ personal: true }), membersAdded: [{ id: '29:someone-else' }], serviceUrl: 'https://smba.elsewhere.example/uk/' };
    const response = await bot.post(activity, { headers: { authorization: `Bearer ${await token(privateKey)}` } });
    expect(response.status).toBe(401);
  });

  it('accepts a valid token', async () => {
    // A conversationUpdate that adds someone else needs no reply, so no outbound token is needed.
    const activity = { ...membersAdded({ personal: true }), membersAdded: [{ id: '29:someone-else' }] };
    const response = await bot.post(activity, { headers: { authorization: `Bearer ${await token(privateKey)}` } });
    expect(response.status).toBe(200);
  });
});
