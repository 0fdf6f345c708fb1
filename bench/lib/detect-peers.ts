/**
 * Peer PII detectors for the benchmark, adapted to return spans typed with our
 * FindingType names. Types we cannot map are dropped (they are not scored).
 */
import { OpenRedaction } from '@openredaction/openredaction';
import { SyncRedactor } from 'redact-pii';
import type { Span } from '../../src/detection/evaluation';

export interface System {
  name: string;
  detect(text: string): Span[];
}

const OPENREDACTION_MAP: Array<[RegExp, string]> = [
  [/^EMAIL/, 'email'],
  [/^PHONE/, 'phone'],
  [/^POSTCODE_UK$/, 'postcode'],
  [/^ADDRESS_STREET$/, 'address'],
  [/^NAME$/, 'person_name'],
  [/^CREDIT_CARD/, 'payment_card'],
  [/^IPV[46]/, 'ip_address'],
  [/^(?:SORT_CODE_UK|BANK_ACCOUNT_UK)$/, 'bank_account'],
  [/^DRIVING_LICENSE_UK$/, 'driving_licence'],
  [/^DATE_OF_BIRTH$/, 'date_of_birth'],
  [/^IBAN/, 'iban'],
  [/^(?:LICENSE_PLATE|UK_VEHICLE_REG|VEHICLE_REG)/, 'vehicle_registration'],
  [/^NHS_NUMBER$/, 'nhs_number'],
  [/^NATIONAL_INSURANCE_UK$/, 'nino'],
  [/^PASSPORT/, 'passport'],
  [/^(?:POLICE_REPORT|CRIME_REF|INCIDENT_REF|EMERGENCY_CALL_REF|MISSING_PERSON_CASE)/, 'crime_reference'],
];

function mapOpenRedaction(type: string): string | undefined {
  for (const [re, t] of OPENREDACTION_MAP) if (re.test(type)) return t;
  return undefined;
}

export function openRedaction(): System {
  const engine = new OpenRedaction();
  return {
    name: '@openredaction/openredaction 1.0.4',
    detect(text) {
      const spans: Span[] = [];
      for (const d of engine.detect(text).detections) {
        const type = mapOpenRedaction(d.type);
        if (type) spans.push({ type, start: d.position[0], end: d.position[1] });
      }
      return spans;
    },
  };
}

/**
 * redact-pii only returns redacted text. Its per-type replaceWith option is ignored in
 * 3.4.0, so spans are recovered by aligning the default replacement tokens
 * (PHONE_NUMBER, PERSON_NAME, ...) with the original text.
 */
const REDACT_PII_TYPES: Record<string, string> = {
  PERSON_NAME: 'person_name',
  PHONE_NUMBER: 'phone',
  STREET_ADDRESS: 'address',
  EMAIL_ADDRESS: 'email',
  IP_ADDRESS: 'ip_address',
  CREDIT_CARD_NUMBER: 'payment_card',
  ZIPCODE: 'postcode',
};
const OTHER_TOKENS = ['US_SOCIAL_SECURITY_NUMBER', 'USERNAME', 'PASSWORD', 'CREDENTIALS', 'DIGITS', 'URL'];
const TOKENS = new RegExp(`(${[...Object.keys(REDACT_PII_TYPES), ...OTHER_TOKENS].join('|')})`);

export function redactPii(): System {
  // Default configuration, as shipped. The unmappable redactors (digits, url, ssn, ...) run after
  // the mapped ones, so they cannot take text away from them; their tokens are simply not scored.
  const redactor = new SyncRedactor();
  return {
    name: 'redact-pii 3.4.0',
    detect(text) {
      return align(text, redactor.redact(text));
    },
  };
}

function align(original: string, redacted: string): Span[] {
  const spans: Span[] = [];
  const parts = redacted.split(TOKENS); // literal, token, literal, token, ..., literal
  if (!original.startsWith(parts[0])) return spans;
  let pos = parts[0].length;
  for (let i = 1; i < parts.length; i += 2) {
    const type = REDACT_PII_TYPES[parts[i]] ?? 'other';
    const next = parts[i + 1] ?? '';
    const end = next === '' ? (i + 2 < parts.length ? pos : original.length) : original.indexOf(next, pos + 1);
    if (end < 0) break;
    if (end > pos && type !== 'other') spans.push({ type, start: pos, end });
    pos = end + next.length;
  }
  return spans;
}
