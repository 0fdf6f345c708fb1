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
import { detectOperationalUse } from './operational-use';
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
  /** Cheap precondition from the pre-pass flags; a detector is skipped when it is false. */
  needs: (ctx: ScanContext) => boolean;
  run(ctx: ScanContext, out: Candidate[]): void;
}

const digitsAndLetters = (c: ScanContext): boolean => c.hasDigit && c.hasLetter;
const letters = (c: ScanContext): boolean => c.hasLetter;
const digits = (c: ScanContext): boolean => c.hasDigit;
const digitsOrLetters = (c: ScanContext): boolean => c.hasDigit || c.hasLetter;
const letterDigit = (c: ScanContext): boolean => c.hasLetterDigit;

export const DETECTORS: readonly Detector[] = [
  { id: 'email', needs: digitsOrLetters, types: ['email'], run: detectEmails },
  { id: 'phone', needs: digits, types: ['phone'], run: detectPhones },
  { id: 'postcode', needs: letterDigit, types: ['postcode'], run: detectPostcodes },
  { id: 'address', needs: digitsAndLetters, types: ['address'], run: detectAddresses },
  { id: 'date_of_birth', needs: digitsAndLetters, types: ['date_of_birth'], run: detectDatesOfBirth },
  { id: 'number_ids', needs: digits, types: ['nhs_number', 'payment_card', 'bank_account', 'passport'], run: detectNumberIds },
  { id: 'pattern_ids', needs: digitsAndLetters, types: ['nino', 'iban', 'driving_licence', 'passport', 'pnc_id', 'cro_number'], run: detectPatternIds },
  { id: 'vehicle_registration', needs: letterDigit, types: ['vehicle_registration'], run: (c, o) => detectVehicleRegistrations(c, o) },
  { id: 'ip_address', needs: digits, types: ['ip_address'], run: detectIpAddresses },
  { id: 'person_name', needs: letters, types: ['person_name'], run: detectPersonNames },
  { id: 'health', needs: letters, types: ['health'], run: detectHealth },
  { id: 'crime_reference', needs: digitsAndLetters, types: ['crime_reference'], run: detectCrimeReferences },
  { id: 'protective_marking', needs: letters, types: ['protective_marking'], run: detectProtectiveMarkings },
  { id: 'intelligence_grading', needs: digitsAndLetters, types: ['intelligence_grading'], run: detectIntelligenceGradings },
  { id: 'operational_use', needs: letters, types: ['operational_use'], run: detectOperationalUse },
];
