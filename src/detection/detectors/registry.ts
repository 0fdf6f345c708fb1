import type { Candidate, FindingType } from '../types';
import type { ScanContext } from '../scan-context';
import { detectAddresses } from './address';
import { detectCrimeReferences } from './crime-reference';
import { detectDatesOfBirth } from './date-of-birth';
import { detectEmails } from './email';
import { detectHealth } from './health';
import { detectIntelligenceGradings } from './intelligence-grading';
import { detectIpAddresses } from './ip-address';
import { detectNumberIds } from './number-ids';
import { detectPatternIds } from './pattern-ids';
import { detectPersonNames } from './person-name';
import { detectPhones } from './phone';
import { detectPostcodes } from './postcode';
import { detectProtectiveMarkings } from './protective-marking';
import { detectVehicleRegistrations } from './vehicle-registration';

/** A text detector and the types it can emit (so disabled types skip the work). */
export interface Detector {
  id: string;
  types: readonly FindingType[];
  run(ctx: ScanContext, out: Candidate[]): void;
}

export const DETECTORS: readonly Detector[] = [
  { id: 'email', types: ['email'], run: detectEmails },
  { id: 'phone', types: ['phone'], run: detectPhones },
  { id: 'postcode', types: ['postcode'], run: detectPostcodes },
  { id: 'address', types: ['address'], run: detectAddresses },
  { id: 'date_of_birth', types: ['date_of_birth'], run: detectDatesOfBirth },
  { id: 'number_ids', types: ['nhs_number', 'payment_card', 'bank_account', 'passport'], run: detectNumberIds },
  { id: 'pattern_ids', types: ['nino', 'iban', 'driving_licence', 'passport', 'pnc_id', 'cro_number'], run: detectPatternIds },
  { id: 'vehicle_registration', types: ['vehicle_registration'], run: (c, o) => detectVehicleRegistrations(c, o) },
  { id: 'ip_address', types: ['ip_address'], run: detectIpAddresses },
  { id: 'person_name', types: ['person_name'], run: detectPersonNames },
  { id: 'health', types: ['health'], run: detectHealth },
  { id: 'crime_reference', types: ['crime_reference'], run: detectCrimeReferences },
  { id: 'protective_marking', types: ['protective_marking'], run: detectProtectiveMarkings },
  { id: 'intelligence_grading', types: ['intelligence_grading'], run: detectIntelligenceGradings },
];
