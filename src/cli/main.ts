#!/usr/bin/env node
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../config/load-config';
import { detectionConfigFrom } from '../app/detection-setup';
import { exportClauseResolver, findingClausesFor } from '../app/finding-clauses-setup';
import { createScanner } from '../detection';
import { createPolicyIndex, loadPolicyFile } from '../policy';
import { createStore } from '../storage/create-store';
import { runAsk } from './commands/ask';
import { runReport } from './commands/report';
import { runScan } from './commands/scan';
import { runStatus } from './commands/status';

/**
 * `policy-bot`: the same use cases as the bot, from a terminal. Configuration comes from the same
 * environment variables (POLICY_FILES, ALLOWED_EMAIL_DOMAINS, DATABASE_URL, DATA_DIR...).
 */
const program = new Command();
program.name('policy-bot').description('Social media policy bot: ask the policy, scan posts, suggest statuses, export reports.').showHelpAfterError();

const config = () => loadConfig(process.env);
const policyIndex = () => createPolicyIndex(config().policyFiles.map((file) => loadPolicyFile(file)));
const scanner = () => createScanner(detectionConfigFrom(config()));

program
  .command('ask')
  .description('Answer a policy question; with no question, read one per line from stdin and write JSON lines')
  .argument('[question...]', 'the question')
  .option('--json', 'print JSON')
  .action(async (words: string[], opts: { json?: boolean }) => {
    const question = words.length ? words.join(' ') : undefined;
    await runAsk(policyIndex(), question, process.stdin, process.stdout, { json: Boolean(opts.json) || !question });
  });

program
  .command('scan')
  .description('Scan posts from stdin (one per line: plain text or {"text","attachments"}) for personal information and files')
  .option('--json', 'print one JSON object per post')
  .action(async (opts: { json?: boolean }) => {
    await runScan(process.stdin, process.stdout, { json: Boolean(opts.json), config: detectionConfigFrom(config()) });
  });

const intents = ['ask_experience', 'share_progress', 'attending', 'collaborators'] as const;
program
  .command('status')
  .description('Suggest "What are you working on" statuses, or check a draft with --check')
  .argument('[text...]', 'what you are working on, or with --check the draft to check')
  .option('--check', 'check the draft (the text) for personal information instead of suggesting')
  .option('--intent <intent>', `one of ${intents.join(', ')}`, (value: string) => {
    if (!(intents as readonly string[]).includes(value)) throw new InvalidArgumentError(`intent must be one of ${intents.join(', ')}`);
    return value as (typeof intents)[number];
  })
  .option('--json', 'print JSON')
  .action((words: string[], opts: { check?: boolean; intent?: (typeof intents)[number]; json?: boolean }, command: Command) => {
    const text = words.join(' ').trim();
    // Options go anywhere; a draft that is only an option name is a mistake, never a silent "looks good".
    if (opts.check && !text) command.error('policy-bot status --check: give the draft to check, e.g. status --check "Working on the ASB plan"');
    if (/^--?[a-z][\w-]*$/i.test(text)) command.error(`policy-bot status: "${text}" looks like an option, not a status. Put the status in quotes after the options.`);
    const index = policyIndex();
    const personalInformation = findingClausesFor(config().policyFiles, index)('personal_information', 'status')[0] ?? index.clauseForTopic('status_personal_information');
    const citations = { encouraged: index.clauseForTopic('status_encouraged'), personalInformation };
    runStatus({ text: opts.check ? undefined : text || undefined, check: opts.check ? text : undefined, json: Boolean(opts.json), intent: opts.intent }, process.stdout, { scanner: scanner(), citations });
  });

program
  .command('report')
  .description('Export the moderation report (one row per flag) from the bot database')
  .option('--from <date>', 'first day, YYYY-MM-DD (Europe/London); default 7 days ago')
  .option('--to <date>', 'last day, YYYY-MM-DD (inclusive)')
  .option('--format <format>', 'csv, html or json', 'csv')
  .action(async (opts: { from?: string; to?: string; format: string }) => {
    if (!['csv', 'html', 'json'].includes(opts.format)) throw new InvalidArgumentError('format must be csv, html or json');
    const cfg = config();
    const store = await createStore({ databaseUrl: cfg.databaseUrl, dataDir: cfg.dataDir });
    try {
      const index = policyIndex();
      const resolveClause = exportClauseResolver(findingClausesFor(cfg.policyFiles, index));
      await runReport(store, { from: opts.from, to: opts.to, format: opts.format as 'csv' | 'html' | 'json' }, process.stdout, new Date(), resolveClause);
    } finally {
      await store.close();
    }
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`policy-bot: ${(error as Error).message}\n`);
  process.exit(1);
});
