import { TYPE_INFO, type FindingType } from './detectors/registry';

const BULLET = '•';


/**
 * Masks a value for display: a few leading and trailing characters stay, the middle
 * becomes •. Separators (spaces, dashes, slashes, dots) are kept so the shape stays
 * readable ('07700 9•••23', 'JG •• •• •• A'). Markings, gradings and file names are
 * not personal data in themselves and stay readable.
 */
export function maskValue(type: FindingType, raw: string): string {
  if (type === 'email') return maskEmail(raw);
  const significant = countSignificant(raw);
  // Each detector module declares how much of its values stays visible (registry.ts).
  const keep = TYPE_INFO[type]?.mask;
  let [lead, trail] = keep ?? defaultKeep(significant);
  if (lead + trail >= significant) {
    if (keep && lead >= 8) return raw;
    // Short values: keep at most a third visible so masking still hides something.
    lead = Math.min(lead, Math.floor(significant / 3));
    trail = Math.min(trail, Math.floor(significant / 4));
  }
  // Find where the kept head ends and the kept tail starts, then mask the middle natively.
  let seen = 0;
  let headEnd = 0;
  let tailStart = raw.length;
  for (let i = 0; i < raw.length; i++) {
    if (!isSignificantCode(raw.charCodeAt(i))) continue;
    if (seen === lead) headEnd = i;
    if (seen === significant - trail) {
      tailStart = i;
      break;
    }
    seen++;
  }
  if (lead === 0) headEnd = 0;
  return raw.slice(0, headEnd) + bullets(raw, headEnd, tailStart) + raw.slice(tailStart);
}

/**
 * raw[from, to) with every unit that is not whitespace (as the regex class \s reads it) or one of
 * - / . , : ( ) replaced by a bullet: what `.replace(/[^\s\-/.,:()]/g, '•')` gives, without running a
 * regex per finding. Runs of kept units are copied as slices.
 */
function bullets(raw: string, from: number, to: number): string {
  let out = '';
  let run = from;
  for (let i = from; i < to; i++) {
    const c = raw.charCodeAt(i);
    if (isKeptInMask(c)) continue;
    if (run < i) out += raw.slice(run, i);
    out += BULLET;
    run = i + 1;
  }
  return run < to ? out + raw.slice(run, to) : out;
}

/** The separators kept visible in the masked middle: - / . , : ( ) and every code unit the regex class \s matches. */
function isKeptInMask(c: number): boolean {
  if (c < 128) return c === 32 || c === 45 || c === 47 || c === 46 || c === 44 || c === 58 || c === 40 || c === 41 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function defaultKeep(significant: number): [number, number] {
  if (significant <= 4) return [1, 0];
  if (significant <= 8) return [2, 1];
  return [3, 2];
}

/** Separators stay visible: whitespace, - / . , : ( ) */
function isSignificantCode(c: number): boolean {
  return !(c === 32 || c === 45 || c === 47 || c === 46 || c === 44 || c === 58 || c === 40 || c === 41 || c === 9 || c === 10 || c === 13 || c === 160);
}

function countSignificant(raw: string): number {
  let n = 0;
  for (let i = 0; i < raw.length; i++) if (isSignificantCode(raw.charCodeAt(i))) n++;
  return n;
}

function maskEmail(raw: string): string {
  const at = raw.lastIndexOf('@');
  if (at < 0) return maskValue('person_name', raw);
  const local = raw.slice(0, at);
  const domain = raw.slice(at + 1);
  const keep = local.length <= 2 ? 1 : 2;
  return local.slice(0, keep) + BULLET.repeat(Math.max(1, local.length - keep)) + '@' + domain;
}
