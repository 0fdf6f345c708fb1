/**
 * Medicines WordNet 3.1 does not list (dev set 13 round, from the older sets' misses: "levetiracetam", "donepezil",
 * "salbutamol", "antiretrovirals"): the generic names among the medicines most dispensed in England (NHS Business
 * Services Authority, Prescription Cost Analysis) and those custody and welfare posts name (antiepileptics, dementia,
 * ADHD and opioid-substitution medicines, antiretrovirals), with the few brand names people say instead of them
 * ("Ritalin", "Epilim", "Truvada"). A medicine's name has no everyday sense, so the sentence and link rules read it as
 * they read WordNet's; over-the-counter painkillers are left out (people take them for a headache).
 */
export const MORE_MEDICINES = [
  'venlafaxine', 'duloxetine', 'aripiprazole', 'zopiclone', 'oxycodone', 'naltrexone', 'levetiracetam', 'lamotrigine',
  'carbamazepine', 'sodium valproate', 'epilim', 'donepezil', 'memantine', 'salbutamol', 'beclometasone', 'gliclazide',
  'amlodipine', 'bisoprolol', 'apixaban', 'rivaroxaban', 'clopidogrel', 'levothyroxine', 'omeprazole', 'lansoprazole',
  'tamoxifen', 'letrozole', 'antiretroviral', 'antiretrovirals', 'acamprosate', 'espranor', 'ritalin', 'methylphenidate',
  'atomoxetine', 'elvanse', 'lisdexamfetamine', 'sumatriptan', 'adalimumab', 'clonazepam', 'pethidine', 'dihydrocodeine',
  'truvada', 'biktarvy', 'seretide', 'symbicort', 'fostair', 'spiriva',
  // Fifteenth session: the NHS medicines A to Z page "Glyceryl trinitrate (GTN)", by both its names and its usual form.
  'glyceryl trinitrate', 'gtn', 'gtn spray',
];
