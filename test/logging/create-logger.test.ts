import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logging/create-logger';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({ write(chunk, _e, done) { lines.push(String(chunk)); done(); } });
  return { lines, logger: createLogger('debug', stream) };
}

describe('createLogger', () => {
  it('redacts message text and personal data wherever they appear', () => {
    const { lines, logger } = capture();
    logger.info({ text: 'ring me on 07700 900123', activity: { text: 'secret', from: { name: 'Sam' } }, question: 'my NI is AB123456C', card: { body: [] }, flagId: 'F-1' }, 'x');
    const out = lines.join('');
    expect(out).not.toContain('07700');
    expect(out).not.toContain('secret');
    expect(out).not.toContain('AB123456C');
    expect(out).not.toContain('Sam');
    expect(out).toContain('F-1');
    expect(out).toContain('[redacted]');
  });

  it('logs errors by class and message without a stack', () => {
    const { lines, logger } = capture();
    const error = Object.assign(new Error('boom'), { code: 'X1' });
    logger.error({ err: error }, 'failed');
    const record = JSON.parse(lines[0]!);
    expect(record.err).toEqual({ type: 'Error', code: 'X1', message: 'boom' });
  });

  it('logs thrown strings and plain objects by what they say, not just their type', () => {
    const { lines, logger } = capture();
    logger.error({ err: 'PGlite failed to initialize properly' }, 'a string');
    logger.error({ err: { name: 'ExitStatus', code: 'ENOSPC', message: 'no space left' } }, 'an object');
    expect(JSON.parse(lines[0]!).err).toEqual({ type: 'string', message: 'PGlite failed to initialize properly' });
    expect(JSON.parse(lines[1]!).err).toEqual({ type: 'ExitStatus', code: 'ENOSPC', message: 'no space left' });
  });
});

