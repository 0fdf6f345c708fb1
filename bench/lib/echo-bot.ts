/**
 * The ceiling for bench:moderation: a bare echo bot on the same stack (restify + botbuilder
 * CloudAdapter + teams-ai Application), replying to each message in the turn. Run as its own
 * process (like the real bot) so the two are measured under the same conditions:
 *   node --import tsx bench/lib/echo-bot.ts   (prints "listening <port>" when ready)
 */
import { ActivityTypes } from 'botbuilder';
import { Application, TeamsAdapter } from '@microsoft/teams-ai';
import restify from 'restify';

export async function startEchoBot(port = 0): Promise<{ url: string; close(): Promise<void> }> {
  const adapter = new TeamsAdapter({});
  const app = new Application({ adapter, removeRecipientMention: true, startTypingTimer: false });
  app.activity(ActivityTypes.Message, async (context) => {
    await context.sendActivity(`echo: ${(context.activity.text ?? '').length} characters`);
  });
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, async (context) => {
      await app.run(context);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return { url: `http://127.0.0.1:${address.port}/api/messages`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

if (require.main === module) {
  void startEchoBot(Number(process.env.PORT ?? 0)).then(({ url }) => console.log(`listening ${new URL(url).port}`));
}
