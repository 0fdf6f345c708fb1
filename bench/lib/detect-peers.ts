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

/** redact-pii only returns redacted text; each built-in gets a sentinel replacement and spans are recovered by alignment. */
const REDACT_PII_TYPES: Record<string, string> = {
  names: 'person_name',
  phoneNumber: 'phone',
  streetAddress: 'address',
  emailAddress: 'email',
  ipAddress: 'ip_address',
  creditCardNumber: 'payment_card',
  zipcode: 'postcode',
};

export function redactPii(): System {
  const builtInRedactors: Record<string, { enabled?: boolean; replaceWith?: string }> = {
    digits: { enabled: false },
    url: { enabled: false },
    credentials: { enabled: false },
    password: { enabled: false },
    username: { enabled: false },
    usSocialSecurityNumber: { enabled: false },
  };
  const codes = Object.keys(REDACT_PII_TYPES);
  codes.forEach((k, i) => (builtInRedactors[k] = { replaceWith: `\u0001${i}\u0002` }));
  const redactor = new SyncRedactor({ builtInRedactors } as ConstructorParameters<typeof SyncRedactor>[0]);
  return {
    name: 'redact-pii 3.4.0',
    detect(text) {
      return align(text, redactor.redact(text), codes.map((c) => REDACT_PII_TYPES[c]));
    },
  };
}

function align(original: string, redacted: string, types: string[]): Span[] {
  const spans: Span[] = [];
  const parts = redacted.split(/\u0001(\d+)\u0002/);
  // parts: literal, code, literal, code, ..., literal
  let pos = 0;
  if (!original.startsWith(parts[0])) return spans;
  pos = parts[0].length;
  for (let i = 1; i < parts.length; i += 2) {
    const type = types[Number(parts[i])];
    const nextLiteral = parts[i + 1] ?? '';
    const end = nextLiteral === '' ? (i + 2 < parts.length ? pos : original.length) : original.indexOf(nextLiteral, pos + 1);
    if (end < 0) break;
    if (end > pos) spans.push({ type, start: pos, end });
    pos = end + nextLiteral.length;
  }
  return spans;
}
