import { CueTable, termFilter } from '../cues';
import type { ScanTables } from '../scan-context';
import type { DetectorModule, FindingTopic, Severity, TypeInfo } from './detector';
import { addressDetector } from './address';
import { crimeReferenceDetector } from './crime-reference';
import { dateOfBirthDetector } from './date-of-birth';
import { emailDetector } from './email';
import { fileUploadDetector } from './files';
import { healthDetector } from './health';
import { intelligenceGradingDetector } from './intelligence-grading';
import { ipAddressDetector } from './ip-address';
import { numberIdsDetector } from './number-ids';
import { operationalUseDetector } from './operational-use';
import { operationalUseLearntDetector } from './operational-use-learnt';
import { patternIdsDetector } from './pattern-ids';
import { personNameDetector } from './person-name';
import { phoneDetector } from './phone';
import { postcodeDetector } from './postcode';
import { protectiveMarkingDetector } from './protective-marking';
import { vehicleRegistrationDetector } from './vehicle-registration';

/**
 * Every detector, in the order they run (the order candidates are proposed in). Adding a
 * detector is one module in this folder (defineDetector: types with label, severity, topic
 * and masking; cue words; run) plus one line here. Everything below is derived.
 */
export const DETECTOR_MODULES = [
  emailDetector,
  phoneDetector,
  postcodeDetector,
  addressDetector,
  dateOfBirthDetector,
  numberIdsDetector,
  patternIdsDetector,
  vehicleRegistrationDetector,
  ipAddressDetector,
  // Health and crime references before names: a name beside them is personal data (person-name.ts, LINKED_DATA).
  healthDetector,
  crimeReferenceDetector,
  personNameDetector,
  protectiveMarkingDetector,
  intelligenceGradingDetector,
  operationalUseDetector,
  // Sixteenth session: the learnt reader adds operational_use only where the rules just above found none.
  operationalUseLearntDetector,
  fileUploadDetector,
] as const;

type OwnedTypes<M> = M extends { types: infer R } ? keyof R & string : never;
/** Every finding type, as declared by the modules. */
export type FindingType = OwnedTypes<(typeof DETECTOR_MODULES)[number]>;

type AnyModule = DetectorModule<FindingType, FindingType>;
const MODULES = DETECTOR_MODULES as readonly AnyModule[];

/** Label, severity, topic and masking per type. A Record over FindingType: the compiler sees every type has all four. */
export const TYPE_INFO: Readonly<Record<FindingType, TypeInfo>> = Object.freeze(
  Object.assign({}, ...MODULES.map((m) => m.types)) as Record<FindingType, TypeInfo>,
);

export const FINDING_TYPES = Object.freeze(Object.keys(TYPE_INFO) as FindingType[]);

export const DEFAULT_SEVERITY: Readonly<Record<FindingType, Severity>> = mapTypes((i) => i.severity);
export const DEFAULT_TOPIC: Readonly<Record<FindingType, FindingTopic>> = mapTypes((i) => i.topic);
export const TYPE_LABELS: Readonly<Record<FindingType, string>> = mapTypes((i) => i.label);

/** A text detector as the scanner runs it. */
export interface Detector {
  id: string;
  /** Every type it can emit (so disabled types skip the work). */
  types: readonly FindingType[];
  needs: NonNullable<AnyModule['needs']>;
  run: NonNullable<AnyModule['run']>;
}

export const DETECTORS: readonly Detector[] = MODULES.filter((m) => m.run).map((m) => ({
  id: m.id,
  types: [...(Object.keys(m.types) as FindingType[]), ...(m.also ?? [])],
  needs: m.needs ?? (() => true),
  run: m.run!,
}));

/** The pre-pass tables: every module's cue families (same-named families merge) and term words. */
export const SCAN_TABLES: ScanTables = buildTables();

function buildTables(): ScanTables {
  const families = new Map<string, string[]>();
  const terms: string[] = [];
  for (const m of MODULES) {
    for (const [family, stems] of Object.entries(m.cues ?? {})) families.set(family, [...(families.get(family) ?? []), ...stems]);
    if (m.terms) terms.push(...m.terms);
  }
  return { cues: new CueTable(families), terms: terms.length ? termFilter(terms) : undefined };
}

function mapTypes<V>(pick: (info: TypeInfo) => V): Readonly<Record<FindingType, V>> {
  return Object.freeze(Object.fromEntries(FINDING_TYPES.map((t) => [t, pick(TYPE_INFO[t])])) as Record<FindingType, V>);
}
