/**
 * Turns the text of a message (mentions already removed) into one typed command.
 * Pure, so every phrasing is unit-tested without a bot.
 */
import type { Role } from '../moderation/role';

export type Command =
  | { kind: 'help' }
  | { kind: 'question'; text: string }
  | { kind: 'watch' }
  | { kind: 'unwatch' }
  | { kind: 'set_moderators' }
  | { kind: 'set_psd' }
  | { kind: 'settings' }
  | { kind: 'queue' }
  | { kind: 'grant'; role: Role }
  | { kind: 'revoke'; role: Role }
  | { kind: 'report'; periodText: string }
  | { kind: 'export'; format: 'csv'; periodText: string }
  | { kind: 'audit'; flagId: string }
  | { kind: 'status' }
  | { kind: 'check_status'; draft: string }
  | { kind: 'answers_review' }
  | { kind: 'sample'; text: string }
  | { kind: 'operational'; text: string }
  | { kind: 'partner'; text: string };

const GREETING = /^(hi|hello|hey|hiya|morning|good (morning|afternoon|evening)|thanks|thank you|cheers|ta|ok|okay|yo)\b[\s!.,]*$/i;
const QUESTION_START =
  /^(can|could|may|might|am|is|are|should|shall|must|do|does|did|will|would|who|what|whats|what's|when|where|which|why|how|if|any|anyone|is it|are we|am i|allowed|ok to|okay to)\b/i;
const ROLE = /(admin|moderator|mod|psd|professional standards)s?/i;

function roleOf(word: string): Role {
  const w = word.toLowerCase();
  if (w.startsWith('admin')) return 'admin';
  if (w.startsWith('psd') || w.startsWith('professional')) return 'psd';
  return 'moderator';
}

function unquote(text: string): string {
  return text.trim().replace(/^["'“‘](.*)["'”’]$/s, '$1').trim();
}

const normalised = (rawText: string) => rawText.replace(/\s+/g, ' ').trim();
const lowered = (text: string) => text.toLowerCase().replace(/[.!]+$/, '');
const asksForHelp = (text: string, lower: string) => !text || lower === 'help' || lower === '?' || lower === 'menu' || GREETING.test(text);

export function parseCommand(rawText: string): Command {
  const text = normalised(rawText);
  const lower = lowered(text);
  if (asksForHelp(text, lower)) return { kind: 'help' };
  if (lower === 'watch' || lower === 'watch this channel') return { kind: 'watch' };
  if (lower === 'unwatch' || lower === 'stop watching' || lower === 'unwatch this channel') return { kind: 'unwatch' };
  if (/^set (moderators?|mods)( channel)?$/.test(lower)) return { kind: 'set_moderators' };
  if (/^set (psd|professional standards)( channel)?$/.test(lower)) return { kind: 'set_psd' };
  if (lower === 'settings' || lower === 'config' || lower === 'configuration') return { kind: 'settings' };
  if (/^(queue|open flags|flags|my queue|show (the )?queue|what'?s waiting)$/.test(lower)) return { kind: 'queue' };
  const sample = /^(?:dip[- ]?)?sampl(?:e|ing)\b\s*(.*)$/i.exec(text);
  if (sample) return { kind: 'sample', text: sample[1]!.trim() };
  const operational = /^(?:operational|on[- ]?call traffic|critical incidents?)(?:\s+(nudge.*|card.*|guidance\b.*))?$/i.exec(text);
  if (operational) return { kind: 'operational', text: (operational[1] ?? '').trim() };
  // Anchored on both ends so a question that starts with "partner agencies ..." stays a question.
  const partner = /^(?:partners?(?: domains?)?|partner (?:add|allow|remove|delete) \S+)$/i.exec(text);
  if (partner) return { kind: 'partner', text: text.replace(/^partners?(?: domains?)?\s*/i, '') };
  const grant = /^(grant|revoke)\s+(\S+(?:\s+standards)?)\b/i.exec(text);
  if (grant && ROLE.test(grant[2]!)) return { kind: grant[1]!.toLowerCase() === 'grant' ? 'grant' : 'revoke', role: roleOf(grant[2]!) };
  const report = /^report\b\s*(.*)$/i.exec(text);
  if (report && !/\b(post|this|him|her|them|someone|a post)\b/i.test(report[1]!)) return { kind: 'report', periodText: report[1]!.trim() };
  const exportCsv = /^export(?:\s+csv)?\b\s*(.*)$/i.exec(text);
  if (exportCsv) return { kind: 'export', format: 'csv', periodText: exportCsv[1]!.trim() };
  if (/^(answers review|review answers|review suggested answers)$/.test(lower)) return { kind: 'answers_review' };
  const audit = /^audit\s+(F-[A-Z0-9]{4,16})\b/i.exec(text);
  if (audit) return { kind: 'audit', flagId: audit[1]!.toUpperCase() };
  const check = /^check(?:\s+my)?\s+status\b[:\s]*(.*)$/i.exec(text);
  if (check) return { kind: 'check_status', draft: unquote(check[1]!) };
  if (/^(status|suggest (a )?status|help me with my status|status (help|suggestions?))$/.test(lower)) return { kind: 'status' };
  const pasted = /^status[:\s]+(.+)$/i.exec(text);
  if (pasted) return { kind: 'check_status', draft: unquote(pasted[1]!) };
  if (isQuestion(text)) return { kind: 'question', text };
  return { kind: 'help' };
}

/**
 * Asked outright: a question mark or a question word first. In a channel an @mention that is not
 * phrased as a question ("thanks @Policy Bot", "cc @Policy Bot") is left alone rather than
 * answered in public with "not covered".
 */
export function phrasedAsQuestion(text: string): boolean {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return (trimmed.includes('?') && /[a-z]{2,}/i.test(trimmed)) || QUESTION_START.test(trimmed);
}

/** A greeting or a lone word is not a question; anything that reads like one goes to the policy index. */
function isQuestion(text: string): boolean {
  if (text.includes('?')) return /[a-z]{2,}/i.test(text);
  if (QUESTION_START.test(text)) return true;
  return text.split(' ').filter((word) => /[a-z]{2,}/i.test(word)).length >= 3;
}

/**
 * True when the text addressed to the bot is one of its commands ("sample 10%", "settings", "help"),
 * false for a question or a remark the parser only answers with help. Channel post intake uses it:
 * a command is scanned like any post but is not a staff post to dip-sample.
 */
export function isBotCommand(rawText: string): boolean {
  const command = parseCommand(rawText);
  if (command.kind === 'question') return false;
  if (command.kind !== 'help') return true;
  const text = normalised(rawText);
  return asksForHelp(text, lowered(text));
}
