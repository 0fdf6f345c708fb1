import type { Candidate, FindingType } from '../types';
import type { ScanContext } from '../scan-context';
import { detectEmails } from './email';
import { detectPhones } from './phone';
import { detectPostcodes } from './postcode';

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
];
