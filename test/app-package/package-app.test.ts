import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const BUILD = path.join(REPO_ROOT, 'appPackage', 'build');
const ENV_NAME = 'vitest';

/** Reads the central directory of a zip and inflates each entry (enough for our own zips). */
function readZip(file: string): Map<string, Buffer> {
  const buf = readFileSync(file);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(eocd).toBeGreaterThan(0);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(buf.readUInt32LE(p)).toBe(0x02014b50);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const csize = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(dataStart, dataStart + csize);
    const data = method === 8 ? zlib.inflateRawSync(raw) : Buffer.from(raw);
    expect(zlib.crc32(data) >>> 0, `CRC of ${name}`).toBe(crc);
    out.set(name, data);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

describe('scripts/package-app.mjs', () => {
  it('builds a zip with the filled manifest and both icons at the root', () => {
    const env = {
      ...process.env,
      TEAMS_APP_ID: '3f1c2a9e-5b7d-4e8f-9a01-23456789abcd',
      BOT_ID: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      BOT_DOMAIN: 'policybot.example.org',
    };
    try {
      execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'package-app.mjs'), ENV_NAME], { env, stdio: 'pipe' });
      const entries = readZip(path.join(BUILD, `appPackage.${ENV_NAME}.zip`));
      expect([...entries.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
      const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
      expect(manifest.id).toBe(env.TEAMS_APP_ID);
      expect(manifest.bots[0].botId).toBe(env.BOT_ID);
      expect(manifest.validDomains).toEqual(['policybot.example.org']);
      expect(entries.get('color.png')!.equals(readFileSync(path.join(REPO_ROOT, 'appPackage', 'color.png')))).toBe(true);
    } finally {
      rmSync(path.join(BUILD, `appPackage.${ENV_NAME}.zip`), { force: true });
      rmSync(path.join(BUILD, `manifest.${ENV_NAME}.json`), { force: true });
    }
  });

  it('refuses to build when a placeholder has no value or the result breaks the schema', () => {
    const run = (extra: Record<string, string>) => {
      const env: NodeJS.ProcessEnv = { ...process.env, TEAMS_APP_ID: '', BOT_ID: '', BOT_DOMAIN: '', ...extra };
      try {
        execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'package-app.mjs'), ENV_NAME], { env, stdio: 'pipe' });
        return '';
      } catch (err) {
        return String((err as { stderr?: Buffer }).stderr);
      }
    };
    expect(run({ BOT_DOMAIN: 'policybot.example.org' })).toMatch(/no value for TEAMS_APP_ID, BOT_ID/);
    expect(run({ TEAMS_APP_ID: 'not-a-guid', BOT_ID: 'also-not', BOT_DOMAIN: 'x' })).toMatch(/\/id must match pattern/);
  });
});
