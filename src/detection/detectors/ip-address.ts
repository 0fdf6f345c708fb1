import { defineDetector, type Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { eachMatch, eachMatchNear } from '../text-utils';

/** IPv4 dotted quads (not version numbers) and IPv6 addresses. */
const IPV4 = /\b(?:\d{1,3}\.){3}\d{1,3}\b/g;
// Fourteenth session: a colon after the address that opens nothing (a space, the end, punctuation) is the sentence's
// ("logged in from 2a00:23c7:8e14:5b01::4: and ..."); it is matched and trimmed below.
const IPV6 = /(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?!\w|:[\w:])/g;
/**
 * A word of versions right before the number; also "updated/upgraded/patched to" (dev set 13 round): software is
 * moved to a version, and no one upgrades a device to an IP address. Fourteenth session: the version word may be
 * linked to its number ("the new build is 10.4.2.118", "firmware now 5.2.0.7").
 */
const VERSION_BEFORE = /(?:\bv|\bver|\bversion|\bbuild|\brelease|\bupdate|\bpatch|\bfirmware|\bios|\bwindows|\bchrome|\b(?:updated|upgraded|patched) to)\.?(?:\s+(?:is|was|now|is now|no|number))?\.?\s*$/;
/**
 * Fifteenth session: a numbered part of a document right before ("paragraph 4.2.1.3 of the standard", "section 3.1.2.4",
 * "see §2.4.1.1"): documents number their clauses in dotted levels, and no one names an address a paragraph.
 */
const SECTION_BEFORE = /(?:\b(?:para(?:graph)?s?|sections?|clauses?|articles?|chapters?|appendix|annex|figures?|fig|tables?|steps?|points?)\.?|§)\s*$/;
const IP_CONTEXT = /\b(?:ip|address|server|host|router|gateway|vpn|subnet|dns|ping)\b/;
/**
 * "Magnet AXIOM 8.0.1.42 is now the approved build", "Cellebrite 7.62.1.13 beta": a product's name then a
 * dotted number that the same sentence calls a build, release or version is a version number (a product
 * name is capitalised; an address follows "from", "on", "IP"...). Not when an IP word is before it.
 */
const PRODUCT_BEFORE = /\b[A-Z][A-Za-z0-9]*\s$/;
const VERSION_AFTER = /^[^.!?\n]{0,40}?\b(?:build|builds|release|released|version|beta|alpha|update|updated|upgrade|upgraded|patch|patched|firmware|install|installed)\b/i;

export function detectIpAddresses(ctx: ScanContext, out: Candidate[]): void {
  // Both shapes are only looked for in posts with a digit ("abc::def" in prose is not worth a finding).
  if (!ctx.hasDigit) return;
  const { text } = ctx;
  if (ctx.digitDots >= 3) {
    // Major numbers of the quads read as versions, and the quads found, in order, waiting on them (sameSeriesAsVersion).
    const versionMajors = new Set<string>();
    const quads: Array<{ found: Candidate; named: boolean }> = [];
    eachMatch(IPV4, text, (m) => {
      const end = m.index + m[0].length;
      // "1.2.3.4.5" is a version or a section number.
      if (text[end] === '.' && /\d/.test(text[end + 1] ?? '')) return;
      if (m.index > 0 && text[m.index - 1] === '.') return;
      const parts = m[0].split('.');
      if (parts.some((p) => Number(p) > 255 || (p.length > 1 && p[0] === '0'))) return;
      if (VERSION_BEFORE.test(ctx.before(m.index, 16))) return void versionMajors.add(parts[0]);
      if (isNetworkRange(parts, text.slice(end, end + 4))) return;
      if (SECTION_BEFORE.test(ctx.before(m.index, 14))) return;
      const named = IP_CONTEXT.test(ctx.before(m.index, 30));
      if (!named && PRODUCT_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)) && VERSION_AFTER.test(text.slice(end, end + 60))) return void versionMajors.add(parts[0]);
      const confidence = named ? 0.95 : 0.8;
      const found: Candidate = { type: 'ip_address', start: m.index, end, confidence, rule: 'ip_address.v4' };
      quads.push({ found, named });
    });
    for (const q of quads) if (q.named || !sameSeriesAsVersion(text, q.found, versionMajors)) out.push(q.found);
  }
  const pairs = colonPairs(text);
  if (pairs.length > 0) {
    eachMatchNear(IPV6, text, pairs, 40, 40, (m) => {
      const v = m[0].endsWith(':') && !m[0].endsWith('::') ? m[0].slice(0, -1) : m[0];
      if (!isIpv6(v)) return;
      out.push({ type: 'ip_address', start: m.index, end: m.index + v.length, confidence: 0.85, rule: 'ip_address.v6' });
    });
  }
}

/**
 * "MDT firmware 4.10.2.118 pushed overnight. If yours still shows 4.9.7.2 ...": a dotted quad that no IP word names, in a
 * post that calls another dotted quad with the same major number a version, is an earlier or later release of it:
 * versions are compared with each other, and no address shares a version's numbering. A quad of another first
 * number ("... installed on 192.168.1.20") or one an IP word names is still an address.
 */
function sameSeriesAsVersion(text: string, c: Candidate, versionMajors: ReadonlySet<string>): boolean {
  if (versionMajors.size === 0) return false;
  return versionMajors.has(text.slice(c.start, text.indexOf('.', c.start)));
}

/**
 * "10.44.0.0/16": an address in CIDR notation (RFC 4632) whose host bits are all zero names a network, a block of
 * addresses, not a device anyone used (dev set 16 round). A host written with its prefix ("10.44.2.201/16") is still a host.
 */
export function isNetworkRange(parts: readonly string[], after: string): boolean {
  const m = /^\/(\d{1,2})(?!\d)/.exec(after);
  if (!m || Number(m[1]) > 32) return false;
  const bits = Number(m[1]);
  const value = parts.reduce((v, p) => v * 256 + Number(p), 0);
  const hostSize = 2 ** (32 - bits);
  return value % hostSize === 0;
}

function isIpv6(s: string): boolean {
  const halves = s.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h === '' ? [] : h.split(':')));
  if (groups.some((g) => g.length === 0 || g.length > 4)) return false;
  // Without '::' all eight groups must be present, which rules out times like 10:30:00.
  if (halves.length === 1) return groups.length === 8;
  if (groups.length > 7) return false;
  // "::" alone or "12::30" style fragments are not worth flagging.
  return groups.length >= 2 || /[a-f]/i.test(s);
}

/** Offsets of two colons within five characters: the cheapest sign of an IPv6 address (times have one, or two far apart). */
function colonPairs(text: string): number[] {
  const out: number[] = [];
  let i = text.indexOf(':');
  while (i >= 0) {
    const j = text.indexOf(':', i + 1);
    if (j < 0) break;
    if (j - i <= 5) out.push(i);
    i = j;
  }
  return out;
}

/** The ip address detector: its types, cue words and entry point (collected by registry.ts). */
export const ipAddressDetector = defineDetector({
  id: 'ip_address',
  types: {
    ip_address: { label: 'an IP address', severity: 'low', topic: 'personal_information' },
  },
  // Three digit-dots for an IPv4 address, a colon for IPv6.
  needs: (c) => c.hasDigit && (c.digitDots >= 3 || c.text.indexOf(':') >= 0),
  run: detectIpAddresses,
});
