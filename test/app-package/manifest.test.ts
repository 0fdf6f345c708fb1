import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const APP_PACKAGE = path.join(REPO_ROOT, 'appPackage');
const MANIFEST_FILE = path.join(APP_PACKAGE, 'manifest.json');
const MANIFEST_VERSION = '1.22';

/** Realistic values for the Teams Toolkit style ${{NAME}} placeholders. */
const PLACEHOLDER_VALUES: Record<string, string> = {
  TEAMS_APP_ID: '3f1c2a9e-5b7d-4e8f-9a01-23456789abcd',
  BOT_ID: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  BOT_DOMAIN: 'policybot.example.org',
};

type Json = Record<string, any>;

function rawManifest(): string {
  return readFileSync(MANIFEST_FILE, 'utf8');
}

function substitutedManifest(): Json {
  const text = rawManifest().replace(/\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g, (_m, name: string) => {
    const value = PLACEHOLDER_VALUES[name];
    if (value === undefined) throw new Error(`manifest uses unknown placeholder ${name}`);
    return value;
  });
  return JSON.parse(text) as Json;
}

/**
 * The official schema shipped by @microsoft/app-manifest. It declares draft-04 ($schema
 * http://json-schema.org/draft-04/schema#) while using `const`, so it is compiled the way that
 * package validates manifests itself: ajv-draft-04, allErrors, strictTypes off, formats uri/email/regex.
 */
function compileOfficialSchema() {
  const requireFromRepo = createRequire(path.join(REPO_ROOT, 'package.json'));
  const schemaFile = requireFromRepo.resolve(
    `@microsoft/app-manifest/build/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
  );
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Json;
  expect(schema['$schema']).toBe('http://json-schema.org/draft-04/schema#');
  const ajv = new Ajv04({ allErrors: true, strictTypes: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  return ajv.compile(schema);
}

const validateManifest = compileOfficialSchema();

function schemaErrors(manifest: unknown): string[] {
  return validateManifest(manifest)
    ? []
    : (validateManifest.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message} ${JSON.stringify(e.params)}`);
}

// ---- minimal PNG reader (8-bit, non-interlaced; enough for the committed icons) ----------------

interface Png {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  /** Decoded RGBA pixels (width * height * 4). */
  rgba: Uint8Array;
}

function readPng(file: string): Png {
  const buf = readFileSync(file);
  expect(buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  let offset = 8;
  let width = 0, height = 0, bitDepth = 0, colorType = 0, interlace = 0;
  const idat: Buffer[] = [];
  while (offset < buf.length) {
    const length = buf.readUInt32BE(offset);
    const type = buf.toString('ascii', offset + 4, offset + 8);
    const data = buf.subarray(offset + 8, offset + 8 + length);
    const crc = buf.readUInt32BE(offset + 8 + length);
    expect(zlib.crc32(buf.subarray(offset + 4, offset + 8 + length)) >>> 0, `CRC of ${type}`).toBe(crc);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      bitDepth = data[8];
      colorType = data[9];
      interlace = data[12];
    } else if (type === 'IDAT') {
      idat.push(data);
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  expect(bitDepth, 'bit depth').toBe(8);
  expect(interlace, 'interlace').toBe(0);
  const channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[colorType];
  if (!channels) throw new Error(`unsupported PNG colour type ${colorType} in ${file}`);
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? pixels[y * stride + x - channels] : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const upLeft = y > 0 && x >= channels ? pixels[(y - 1) * stride + x - channels] : 0;
      let predictor = 0;
      if (filter === 1) predictor = left;
      else if (filter === 2) predictor = up;
      else if (filter === 3) predictor = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left), pb = Math.abs(p - up), pc = Math.abs(p - upLeft);
        predictor = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      pixels[y * stride + x] = (line[x] + predictor) & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const p = pixels.subarray(i * channels, (i + 1) * channels);
    const [r, g, b, a] =
      channels === 4 ? [p[0], p[1], p[2], p[3]]
      : channels === 3 ? [p[0], p[1], p[2], 255]
      : channels === 2 ? [p[0], p[0], p[0], p[1]]
      : [p[0], p[0], p[0], 255];
    rgba.set([r, g, b, a], i * 4);
  }
  return { width, height, bitDepth, colorType, rgba };
}

// ---------------------------------------------------------------------------------------------

describe('Teams app package manifest', () => {
  const manifest = substitutedManifest();

  it('declares the schema URL and manifestVersion of the chosen official schema', () => {
    expect(manifest['$schema']).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
    );
    expect(manifest['manifestVersion']).toBe(MANIFEST_VERSION);
  });

  it('uses only known ${{...}} placeholders for ids and the bot domain', () => {
    const names = [...rawManifest().matchAll(/\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g)].map((m) => m[1]);
    expect(new Set(names)).toEqual(new Set(Object.keys(PLACEHOLDER_VALUES)));
    const raw = JSON.parse(rawManifest()) as Json;
    expect(raw['id']).toBe('${{TEAMS_APP_ID}}');
    expect(raw['bots'][0]['botId']).toBe('${{BOT_ID}}');
    expect(raw['validDomains']).toEqual(['${{BOT_DOMAIN}}']);
  });

  it(`validates against the official Teams manifest schema v${MANIFEST_VERSION} from @microsoft/app-manifest`, () => {
    expect(schemaErrors(manifest)).toEqual([]);
  });

  it('fails validation when a required field is removed or malformed', () => {
    for (const field of ['developer', 'name', 'icons', 'accentColor', 'description']) {
      const broken = structuredClone(manifest);
      delete broken[field];
      expect(schemaErrors(broken), `without ${field}`).toContainEqual(expect.stringContaining(`'${field}'`));
    }
    const badId = structuredClone(manifest);
    badId['bots'][0]['botId'] = '${{BOT_ID}}'; // an unsubstituted placeholder is not a GUID
    expect(schemaErrors(badId).join('\n')).toMatch(/\/bots\/0\/botId must match pattern/);
    const longShort = structuredClone(manifest);
    longShort['description']['short'] = 'x'.repeat(81);
    expect(schemaErrors(longShort).join('\n')).toMatch(/\/description\/short must NOT have more than 80 characters/);
  });

  it('has a conversational bot in personal, team and group chat scopes that supports files', () => {
    const bots = manifest['bots'] as Json[];
    expect(bots).toHaveLength(1);
    const bot = bots[0];
    expect(bot['botId']).toBe(PLACEHOLDER_VALUES.BOT_ID);
    expect([...bot['scopes']].sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(bot['supportsFiles']).toBe(true);
    expect(bot['isNotificationOnly']).toBe(false);
  });

  it('lists at most 10 commands per scope, one list per scope, with the key commands', () => {
    const lists = manifest['bots'][0]['commandLists'] as Json[];
    const byScope = new Map<string, string[]>();
    for (const list of lists) {
      expect(list['commands'].length).toBeGreaterThan(0);
      expect(list['commands'].length).toBeLessThanOrEqual(10);
      for (const scope of list['scopes'] as string[]) {
        expect(byScope.has(scope), `scope ${scope} listed twice`).toBe(false);
        byScope.set(scope, (list['commands'] as Json[]).map((c) => c['title'] as string));
      }
      for (const command of list['commands'] as Json[]) {
        expect(command['description'].length).toBeGreaterThan(0);
      }
    }
    expect(byScope.get('personal')).toEqual(
      expect.arrayContaining(['help', 'status', 'check status', 'report', 'export csv', 'audit']),
    );
    expect(byScope.get('team')).toEqual(
      expect.arrayContaining(['help', 'watch', 'unwatch', 'set moderators', 'set psd', 'settings', 'grant', 'revoke', 'report', 'status']),
    );
    expect(byScope.get('groupChat')).toEqual(expect.arrayContaining(['help']));
  });

  it('has a "Report this post" message action that fetches its dialog from the bot', () => {
    const extensions = manifest['composeExtensions'] as Json[];
    expect(extensions).toHaveLength(1);
    expect(extensions[0]['botId']).toBe(PLACEHOLDER_VALUES.BOT_ID);
    const report = (extensions[0]['commands'] as Json[]).find((c) => c['id'] === 'reportPost');
    expect(report).toMatchObject({ type: 'action', title: 'Report this post', context: ['message'], fetchTask: true });
  });

  it('requests the ChannelMessage.Read.Group RSC application permission and names the bot app', () => {
    expect(manifest['authorization']['permissions']['resourceSpecific']).toContainEqual({
      name: 'ChannelMessage.Read.Group',
      type: 'Application',
    });
    expect(manifest['webApplicationInfo']['id']).toBe(PLACEHOLDER_VALUES.BOT_ID);
    expect(manifest['validDomains']).toEqual([PLACEHOLDER_VALUES.BOT_DOMAIN]);
  });

  it('ships a 192x192 colour icon', () => {
    const file = path.join(APP_PACKAGE, manifest['icons']['color']);
    expect(existsSync(file)).toBe(true);
    const png = readPng(file);
    expect([png.width, png.height]).toEqual([192, 192]);
    // Full colour: at least two distinct opaque colours.
    const colours = new Set<string>();
    for (let i = 0; i < png.rgba.length; i += 4) {
      if (png.rgba[i + 3] === 255) colours.add(`${png.rgba[i]},${png.rgba[i + 1]},${png.rgba[i + 2]}`);
    }
    expect(colours.size).toBeGreaterThan(2);
  });

  it('ships a 32x32 outline icon that is white on transparent only', () => {
    const file = path.join(APP_PACKAGE, manifest['icons']['outline']);
    expect(existsSync(file)).toBe(true);
    const png = readPng(file);
    expect([png.width, png.height]).toEqual([32, 32]);
    let transparent = 0;
    let visible = 0;
    const offenders: string[] = [];
    for (let i = 0; i < png.rgba.length; i += 4) {
      const [r, g, b, a] = [png.rgba[i], png.rgba[i + 1], png.rgba[i + 2], png.rgba[i + 3]];
      if (a === 0) {
        transparent++;
      } else {
        visible++;
        if (r !== 255 || g !== 255 || b !== 255) offenders.push(`pixel ${i / 4}: rgba(${r},${g},${b},${a})`);
      }
    }
    expect(offenders.slice(0, 5)).toEqual([]);
    expect(transparent).toBeGreaterThan(0); // has a transparent background
    expect(visible).toBeGreaterThan(0); // and actually draws something
  });

  it('ships exactly the icons scripts/make-icons.mjs generates', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'policy-bot-icons-'));
    try {
      execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'make-icons.mjs'), dir], { stdio: 'pipe' });
      for (const icon of ['color.png', 'outline.png']) {
        expect(readFileSync(path.join(dir, icon)).equals(readFileSync(path.join(APP_PACKAGE, icon))), icon).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
