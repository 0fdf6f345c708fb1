#!/usr/bin/env node
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../config/load-config';
import { detectionConfigFrom } from '../app/detection-setup';
import { exportClauseResolver, findingClausesFor } from '../app/finding-clauses-setup';
import { createScanner } from '../detection';
import { createPolicyIndex } from '../policy';
import { loadPolicyFile } from '../app/load-policy-file';
import { createStore } from '../storage/create-store';
import { existsSync, readFileSync } from 'node:fs';
import { loadLanguageResources, shippedIndexOptions } from '../language/load-language-resources';
import { loadSentenceEncoder } from '../language/sentence-encoder';
import { exportApproved, importApproved } from '../answer-learning/answer-learning';
import { maskFindings } from '../app/mask-findings';
import { systemClock } from '../ports/clock';
import { runAsk } from './commands/ask';
import { runAuditCommand } from './commands/audit';
import { basename } from 'node:path';
import { userInfo } from 'node:os';
import { importHistoricFlags } from '../moderation/historic-import';
import type { AuditRun } from './audit/run-audit';
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
const policyIndex = async (withExamples = true) => {
  const cfg = config();
  const language = await loadLanguageResources(cfg.cacheDir);
  return createPolicyIndex(cfg.policyFiles.map((file) => loadPolicyFile(file, (message) => process.stderr.write(`warning: ${message}\n`))), { ...shippedIndexOptions(language), examples: withExamples ? await storedExamples(cfg) : [] });
};
/** Approved example questions from the bot's database, when there is one to read. */
async function storedExamples(cfg: ReturnType<typeof config>) {
  if (!cfg.databaseUrl && !existsSync(cfg.dataDir)) return [];
  const store = await createStore({ databaseUrl: cfg.databaseUrl, dataDir: cfg.dataDir });
  try {
    return await store.answerExamples.approvedPairs();
  } finally {
    await store.close();
  }
}
const scanner = () => createScanner(detectionConfigFrom(config()));

program
  .command('ask')
  .description('Answer a policy question; with no question, read one per line from stdin and write JSON lines')
  .argument('[question...]', 'the question')
  .option('--json', 'print JSON')
  .action(async (words: string[], opts: { json?: boolean }) => {
    const question = words.length ? words.join(' ') : undefined;
    const index = await policyIndex();
    const encoder = config().sentenceEncoder ? await loadSentenceEncoder(config().cacheDir, index.encoderTexts) : undefined;
    await runAsk(index, question, process.stdin, process.stdout, { json: Boolean(opts.json) || !question, encoder });
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
  .action(async (words: string[], opts: { check?: boolean; intent?: (typeof intents)[number]; json?: boolean }, command: Command) => {
    const text = words.join(' ').trim();
    // Options go anywhere; a draft that is only an option name is a mistake, never a silent "looks good".
    if (opts.check && !text) command.error('policy-bot status --check: give the draft to check, e.g. status --check "Working on the ASB plan"');
    if (/^--?[a-z][\w-]*$/i.test(text)) command.error(`policy-bot status: "${text}" looks like an option, not a status. Put the status in quotes after the options.`);
    const index = await policyIndex(false);
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
      const index = await policyIndex(false);
      const resolveClause = exportClauseResolver(findingClausesFor(cfg.policyFiles, index));
      await runReport(store, { from: opts.from, to: opts.to, format: opts.format as 'csv' | 'html' | 'json' }, process.stdout, new Date(), resolveClause);
    } finally {
      await store.close();
    }
  });

const answers = program.command('answers').description('Example questions learned from "Not helpful" choices (approved by an admin in Teams)');
answers
  .command('export')
  .description('Write the approved question -> clause pairs as JSON lines (questions are already masked)')
  .action(async () => {
    const cfg = config();
    const store = await createStore({ databaseUrl: cfg.databaseUrl, dataDir: cfg.dataDir });
    try {
      process.stdout.write(await exportApproved(store));
    } finally {
      await store.close();
    }
  });
answers
  .command('import')
  .description('Add approved pairs from JSON lines ({"question","clauseId"}); questions are masked again, unknown clauses refused')
  .argument('<file>', 'JSON lines file, or - for stdin')
  .action(async (file: string) => {
    const cfg = config();
    const text = readFileSync(file === '-' ? 0 : file, 'utf8');
    const index = await policyIndex(false);
    const detection = scanner();
    const store = await createStore({ databaseUrl: cfg.databaseUrl, dataDir: cfg.dataDir });
    try {
      const result = await importApproved({ store, clock: systemClock, maskText: (t) => maskFindings(t, detection) }, text, (id) => index.clause(id) !== undefined, 'cli-import');
      process.stdout.write(`${result.added} added, ${result.duplicates} already present, ${result.refused.length} refused\n`);
      for (const r of result.refused) process.stderr.write(`line ${r.line}: ${r.problem}\n`);
      if (result.refused.length) process.exitCode = 2;
    } finally {
      await store.close();
    }
  });

const positiveInt = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('must be a whole number from 1 to 64');
  return n;
};
program
  .command('audit')
  .description('Scan a whole network export (Viva Engage export zip or folder, or Graph channel-message JSON pages) for personal information and files')
  .argument('<path>', 'the export zip, its unzipped folder, or a folder of Graph JSON pages')
  .option('--format <format>', 'html (summary with charts), csv or json (one row per finding)', 'html')
  .option('--out <file>', 'write the report here instead of stdout')
  .option('--workers <n>', 'scan threads (default: one per core)', positiveInt)
  .option('--include-text', 'add the post text to CSV/JSON rows (refused without --i-am-psd)')
  .option('--i-am-psd', 'I am in Professional Standards: allows --include-text and --key-file')
  .option('--key-file <file>', 'write the pseudonym-to-person key (PSD only)')
  .option('--quiet', 'no progress output')
  .option('--import', "put the findings into the bot's database as historic flags for moderators (DATA_DIR / DATABASE_URL)")
  .option('--cards-per-minute <n>', 'with --import: historic moderator cards due per minute (default 30, at most 120)', positiveInt)
  .action(async (path: string, opts: { format: string; out?: string; workers?: number; includeText?: boolean; iAmPsd?: boolean; keyFile?: string; quiet?: boolean; import?: boolean; cardsPerMinute?: number }) => {
    if (!['csv', 'html', 'json'].includes(opts.format)) throw new InvalidArgumentError('format must be csv, html or json');
    const index = await policyIndex(false);
    const clauseFor = (topic: string) => {
      try {
        const clause = index.clauseForTopic(topic as Parameters<typeof index.clauseForTopic>[0]);
        return clause ? `${clause.clauseId} (section ${clause.section})` : undefined;
      } catch {
        return undefined; // a finding type whose policy topic this policy does not name
      }
    };
    const importFlags = opts.import
      ? async (run: AuditRun) => {
          const cfg = config();
          const store = await createStore({ databaseUrl: cfg.databaseUrl, dataDir: cfg.dataDir });
          try {
            // No post text is stored for historic flags, so the card never needs a masked snippet.
            const deps = { store, clock: systemClock, clausesFor: findingClausesFor(cfg.policyFiles, index), maskText: () => '' };
            return await importHistoricFlags(deps, run.tally.latestFlagged(), { sourceKind: run.kind, sourceLabel: basename(run.source), cardsPerMinute: opts.cardsPerMinute, actorId: `cli:${userInfo().username}` });
          } finally {
            await store.close();
          }
        }
      : undefined;
    await runAuditCommand(
      path,
      { format: opts.format as 'csv' | 'html' | 'json', out: opts.out, workers: opts.workers, includeText: Boolean(opts.includeText), iAmPsd: Boolean(opts.iAmPsd), keyFile: opts.keyFile, quiet: Boolean(opts.quiet) },
      { detection: detectionConfigFrom(config()), clauseFor, stdout: process.stdout, stderr: process.stderr, importFlags },
    );
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`policy-bot: ${(error as Error).message}\n`);
  process.exit(1);
});
