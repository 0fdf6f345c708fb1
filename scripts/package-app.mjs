#!/usr/bin/env node
// Builds the Teams app package (the zip you upload to Teams / the Teams admin centre):
//   appPackage/build/manifest.<env>.json   manifest with ${{NAME}} placeholders filled in
//   appPackage/build/appPackage.<env>.zip  manifest.json + color.png + outline.png at the zip root
//
// Usage: node scripts/package-app.mjs [env]          (env defaults to "dev")
// Values come from env/.env.<env>, then env/.env.<env>.user (Teams Toolkit layout, KEY=VALUE
// lines), then the process environment, later sources winning. Every placeholder used in
// appPackage/manifest.json must get a value (TEAMS_APP_ID, BOT_ID, BOT_DOMAIN).
// The filled manifest is validated against the official schema shipped by @microsoft/app-manifest
// before anything is written. The zip is written with node:zlib (no zip library needed).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const appDir = path.join(root, 'appPackage');
const envName = process.argv[2] ?? 'dev';
if (!/^[A-Za-z0-9_-]+$/.test(envName)) fail(`bad environment name: ${envName}`);

function fail(message) {
  console.error(`package-app: ${message}`);
  process.exit(1);
}

function parseEnvFile(file) {
  const values = {};
  if (!existsSync(file)) return values;
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m || line.trimStart().startsWith('#')) continue;
    let value = m[2];
    if (/^(['"]).*\1$/.test(value)) value = value.slice(1, -1);
    values[m[1]] = value;
  }
  return values;
}

// ---- fill the manifest ----------------------------------------------------------------------

const template = readFileSync(path.join(appDir, 'manifest.json'), 'utf8');
const envFiles = [path.join(root, 'env', `.env.${envName}`), path.join(root, 'env', `.env.${envName}.user`)];
const values = Object.assign({}, ...envFiles.map(parseEnvFile));
const placeholder = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const missing = new Set();
for (const [, name] of template.matchAll(placeholder)) {
  if (process.env[name] !== undefined && process.env[name] !== '') values[name] = process.env[name];
  if (values[name] === undefined || values[name] === '') missing.add(name);
}
if (missing.size > 0) {
  fail(`no value for ${[...missing].join(', ')} (looked in ${envFiles.map((f) => path.relative(root, f)).join(', ')} and the environment)`);
}
// JSON-escape the values: they are substituted inside JSON strings.
const filled = template.replace(placeholder, (_m, name) => JSON.stringify(String(values[name])).slice(1, -1));
const manifest = JSON.parse(filled);

// ---- validate against the official schema ---------------------------------------------------

const requireFromRepo = createRequire(path.join(root, 'package.json'));
const version = manifest.manifestVersion;
let schemaFile;
try {
  schemaFile = requireFromRepo.resolve(
    `@microsoft/app-manifest/build/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`,
  );
} catch {
  fail(`no official schema for manifestVersion ${version} in @microsoft/app-manifest (run npm install)`);
}
const Ajv04 = requireFromRepo('ajv-draft-04');
const addFormats = requireFromRepo('ajv-formats');
const ajv = new (Ajv04.default ?? Ajv04)({ allErrors: true, strictTypes: false });
(addFormats.default ?? addFormats)(ajv, ['uri', 'email', 'regex']);
const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
if (!validate(manifest)) {
  fail(
    'manifest does not match the official schema:\n  ' +
      validate.errors.map((e) => `${e.instancePath || '(root)'} ${e.message}`).join('\n  '),
  );
}

// ---- zip ------------------------------------------------------------------------------------

/** CRC-32 as PNG and ZIP use it; node:zlib has it from Node 20.15 (engines requires 20.19). */
const crc32 = (buf) => zlib.crc32(buf) >>> 0;

/** entries: [{ name, data }]. Deflated entries, fixed 1980-01-01 timestamps (reproducible). */
function zip(entries) {
  const DOS_TIME = 0;
  const DOS_DATE = (0 << 9) | (1 << 5) | 1;
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBuf = Buffer.from(name, 'utf8');
    const compressed = zlib.deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6); // version needed
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    // extra length, comment length, disk start, internal attrs, external attrs: all 0
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, compressed);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + compressed.length;
  }
  const centralDir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralDir, end]);
}

const manifestText = JSON.stringify(manifest, null, 2) + '\n';
const entries = [{ name: 'manifest.json', data: Buffer.from(manifestText, 'utf8') }];
for (const icon of [manifest.icons.color, manifest.icons.outline]) {
  const file = path.join(appDir, icon);
  if (!existsSync(file)) fail(`icon ${icon} not found in appPackage/ (run node scripts/make-icons.mjs)`);
  entries.push({ name: icon, data: readFileSync(file) });
}

const buildDir = path.join(appDir, 'build');
mkdirSync(buildDir, { recursive: true });
writeFileSync(path.join(buildDir, `manifest.${envName}.json`), manifestText);
const zipFile = path.join(buildDir, `appPackage.${envName}.zip`);
writeFileSync(zipFile, zip(entries));
console.log(`package-app: wrote ${path.relative(root, zipFile)} (${entries.map((e) => e.name).join(', ')})`);
