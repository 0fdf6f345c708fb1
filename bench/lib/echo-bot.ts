/**
 * The ceiling for bench:moderation: a bare echo bot on the same stack (restify + botbuilder
 * CloudAdapter + teams-ai Application), replying to each message in the turn.
 */
import { ActivityTypes } from 'botbuilder';
import { Application, TeamsAdapter } from '@microsoft/teams-ai';
import restify from 'restify';

export async function startEchoBot(): Promise<{ url: string; close(): Promise<void> }> {
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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { url: `http://127.0.0.1:${address.port}/api/messages`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
