import { buildApp } from './app/build-app';
import { loadConfig } from './config/load-config';
import { AppError } from './errors/app-error';
import { createLogger } from './logging/create-logger';
import { PolicyFormatError } from './policy';

/** The only place that reads process.env. Start-up errors print one clear line and exit 1. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    process.stderr.write(`policy-bot: ${(error as Error).message}\n`);
    process.exit(1);
  }
  const logger = createLogger(config.logLevel);
  let app;
  try {
    app = await buildApp(config, { logger });
  } catch (error) {
    const known = error instanceof PolicyFormatError || error instanceof AppError;
    logger.fatal({ err: error }, 'start-up failed');
    process.stderr.write(`policy-bot: ${known ? oneLine((error as Error).message) : `start-up failed (${describe(error)}); see the log above`}\n`);
    process.exit(1);
  }
  let port: number;
  try {
    ({ port } = await app.start());
  } catch (error) {
    logger.fatal({ err: error }, 'could not listen');
    process.stderr.write(`policy-bot: could not listen on ${config.host}:${config.port}: ${(error as Error).message}\n`);
    process.exit(1);
  }
  logger.info({ port, anonymous: config.anonymous, store: app.storeKind }, `listening on http://localhost:${port}/api/messages`);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    app.stop().then(
      () => process.exit(0),
      (error) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

/** What a thrown value says, on one line, whatever was thrown (strings and plain objects too). */
function describe(error: unknown): string {
  if (error instanceof Error) return oneLine(`${error.name}: ${error.message}`);
  if (typeof error === 'string') return oneLine(error);
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? oneLine(message) : 'unknown error';
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 300);
}

void main();
