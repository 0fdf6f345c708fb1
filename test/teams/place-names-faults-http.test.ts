/**
 * Channel and team names are a courtesy: when the Teams API that gives them (GET
 * /v3/teams/{id}/conversations and /v3/teams/{id}, stubbed with nock) answers something
 * unexpected or never answers, `watch` and `set moderators` still work and a flag-worthy post in
 * a watched channel is still flagged and carded, inside Teams' 15 s turn timeout. Before, a 200
 * without a channel list threw inside the turn: the post was acknowledged and never stored.
 */
import nock from 'nock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { channelMention, channelPost, MODERATORS_CHANNEL, SERVICE_URL, users } from '../support/activities';
import { startBot, type BotHarness } from '../support/bot-harness';
import { captureConnector, type ConnectorCapture } from '../support/connector-capture';

type TeamsApiAnswer = { status: number; body: unknown; delayMs?: number };

/** Channel messages as Teams sends them name neither the channel nor the team. */
function unnamed<T extends { channelData: Record<string, unknown> }>(activity: T): T {
  const channelData = activity.channelData as { channel?: { name?: string }; team?: { name?: string } };
  if (channelData.channel) delete channelData.channel.name;
  if (channelData.team) delete channelData.team.name;
  return activity;
}

describe('a failing or odd Teams names API loses no set-up and no flag', () => {
  let bot: BotHarness;
  let connector: ConnectorCapture;
  let channelsAnswer: TeamsApiAnswer;
  let teamAnswer: TeamsApiAnswer;
  let channelSeq = 0;
  /** Each test watches its own channel: the bot asks Teams about a channel's names once per process. */
  const freshChannel = () => `19:namesfault${String(++channelSeq).padStart(20, '0')}@thread.tacv2`;

  function stubTeamsApi() {
    const reply = (answer: () => TeamsApiAnswer) => async () => {
      const { status, body, delayMs } = answer();
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      return [status, body] as [number, unknown];
    };
    nock(new URL(SERVICE_URL).origin)
      .persist()
      .get(/\/v3\/teams\/[^/]+\/conversations$/)
      .reply(reply(() => channelsAnswer))
      .get(/\/v3\/teams\/[^/]+$/)
      .reply(reply(() => teamAnswer));
  }

  const say = async (text: string, channelId: string) => {
    const before = connector.posted().length;
    expect((await bot.post(unnamed(channelMention(text, { user: users.admin, channelId })))).status).toBe(200);
    await connector.waitFor(() => connector.posted().length > before, 15_000);
    return JSON.stringify(connector.posted().at(-1)!.activity);
  };
  const cardsFor = (messageId: string) => connector.cards().filter((c) => decodeURIComponent(c.path).includes(MODERATORS_CHANNEL) && JSON.stringify(c.card).includes(messageId));

  async function expectFlaggedAndCarded(channelId: string) {
    const post = unnamed(channelPost('Can anyone cover my late on Saturday? Ring me on 07700 900123', { channelId }));
    const started = Date.now();
    expect((await bot.post(post)).status).toBe(200);
    // Teams redelivers a turn it has not had an answer to in 15 s; the answer must come first.
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await bot.store.flags.getByPostKey(channelId, post.id, 'scan')).toMatchObject({ state: 'open' });
    await connector.waitFor(() => cardsFor(post.id).length === 1, 15_000);
  }

  beforeAll(async () => {
    bot = await startBot({ env: { ADMIN_IDS: users.admin.aadObjectId } });
    nock.cleanAll();
    connector = captureConnector();
    stubTeamsApi();
    channelsAnswer = { status: 200, body: { conversations: [{ id: MODERATORS_CHANNEL, name: 'Moderators' }] } };
    teamAnswer = { status: 200, body: { id: 'team', name: 'Force Network' } };
    expect(await say('set moderators', MODERATORS_CHANNEL)).toContain('is now the moderators’ channel');
  }, 240_000);
  afterAll(async () => {
    await bot.stop();
  });
  beforeEach(() => {
    channelsAnswer = { status: 200, body: { conversations: [] } };
    teamAnswer = { status: 200, body: { id: 'team', name: 'Force Network' } };
  });

  it('a 200 with no channel list and a team with no name: watch still works, and the post is flagged', async () => {
    const channelId = freshChannel();
    channelsAnswer = { status: 200, body: {} };
    teamAnswer = { status: 200, body: {} };
    expect(await say('watch', channelId)).toContain('Now watching “this channel”');
    await expectFlaggedAndCarded(channelId);
  });

  it('a channel watched while its team had no name, then a malformed channel list on its first post: the flag is stored and carded', async () => {
    const channelId = freshChannel();
    teamAnswer = { status: 500, body: { error: { code: 'ServiceError' } } };
    channelsAnswer = { status: 200, body: { conversations: [{ id: channelId, name: 'Response Team' }] } };
    expect(await say('watch', channelId)).toContain('Now watching “Response Team”');
    expect(await bot.store.watchedChannels.get(channelId)).toMatchObject({ teamName: null });
    channelsAnswer = { status: 200, body: { conversations: null } };
    teamAnswer = { status: 200, body: { id: 'team', name: 'Force Network' } };
    await expectFlaggedAndCarded(channelId);
  });

  it('a names API that never answers holds neither the watch command nor the post past Teams’ timeout', async () => {
    const channelId = freshChannel();
    channelsAnswer = { status: 200, body: { conversations: [] }, delayMs: 60_000 };
    teamAnswer = { status: 200, body: { id: 'team', name: 'Force Network' }, delayMs: 60_000 };
    const started = Date.now();
    expect(await say('watch', channelId)).toContain('Now watching');
    expect(Date.now() - started).toBeLessThan(15_000);
    await expectFlaggedAndCarded(channelId);
  }, 40_000);
});
