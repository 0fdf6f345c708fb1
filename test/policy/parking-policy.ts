/**
 * A tiny synthetic policy, written for the classifier tests only (the product ships its own): three clauses that
 * share the word "staff", so a test can tell whether a model learnt more than one word.
 */
export const PARKING_POLICY = [
  '1. Parking',
  '',
  'Staff must display a permit in the windscreen.',
  '',
  'Staff must not park on the grass verges.',
  '',
  '2. Visitors',
  '',
  'Visitors are signed in at the front desk by reception staff.',
  '',
].join('\n');
