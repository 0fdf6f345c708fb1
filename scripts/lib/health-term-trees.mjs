// The WordNet 3.1 trees scripts/build-health-terms.mjs walks, by synset offset, with the kind of term each gives.
export const ROOTS = {
  '14075528': 'condition', // ill health
  '14085287': 'condition', // illness
  '14093842': 'condition', // disease
  '14075885': 'condition', // disorder (physical)
  '14057659': 'condition', // physical condition
  '14107272': 'condition', // mental disorder
  '14403545': 'condition', // mental illness (psychoses, schizophrenias: filed under psychological state, not mental disorder)
  '14323139': 'condition', // symptom (pain, migraine, chest pain, withdrawal symptoms: health when a person has them)
  '14571935': 'condition', // disability
  '14086207': 'condition', // addiction
  '14069684': 'condition', // pregnancy
  '00672594': 'treatment', // surgery
  '00662334': 'treatment', // therapy
  '03745652': 'medication', // medicine, medication
  '14556418': 'condition', // allergy (filed under hypersensitivity reactions, not ill health)
  '06052606': 'specialty', // medicine, medical specialty: cardiology, oncology, ... ("his cardiology appointment")
  '07493309': 'condition', // loss of consciousness (faint, syncope: filed under events, not ill health; dev set 10 round)
  // Fourteenth session (hv14): care that WordNet files beside therapy and surgery, not under them: treatment (medical care:
  // nursing care, hospitalisation, aftercare, anticoagulation, defibrillation; osteopathy, acupuncture, hydrotherapy),
  // medical procedure (dental procedures), immunisation (inoculation, vaccination), prophylaxis
  // and detoxification (for addiction, filed under treatment); vaccines (immunogen, filed under antigens, not medicines);
  // emergency procedures (resuscitation: filed under procedure, not medical procedure); abortion, contraception and the
  // medical insertions, filed under termination, planning and insertion.
  '00659325': 'treatment', // treatment, intervention: medical care and the therapies beside it (osteopathy, acupuncture)
  '01026334': 'treatment', // medical procedure
  '00830651': 'treatment', // immunization
  '01081219': 'treatment', // prophylaxis
  '00700573': 'treatment', // detoxification (treatment for addiction to drugs or alcohol)
  '03567919': 'medication', // immunogen: vaccine
  '00178632': 'treatment', // emergency procedure: cardiopulmonary resuscitation, kiss of life, artificial respiration
  '00231191': 'treatment', // abortion (termination of pregnancy: induced, therapeutic; filed under termination)
  '00853811': 'treatment', // contraception (oral, surgical; filed under birth control, under planning)
  // Under insertion (beside packing and boxing), the subtrees whose gloss puts something into a body organ, a vein or
  // the spine: cannulation (intubation), transfusion (blood transfusion), epidural injection.
  '00322021': 'treatment',
  '00324882': 'treatment',
  '00323604': 'treatment',
};
/**
 * Under treatment, massage (rubdown, Swedish massage, reflexology: a spa's as much as a clinic's) is left out. Not walked:
 * diagnostic tests and procedures (blood test, biopsy, angiography): a test looks for a condition and tells none ("got
 * my blood test results back" was no health finding of its own in dev set 11's labels).
 */
const HV14_SKIP = ['00660291'];
/**
 * The roots of those trees name care in general, not a treatment of someone ("treatment", "medical care", "medical
 * aid", "medical procedure", "emergency procedure": said in policy and training talk of everyone's care); they count as medical senses
 * of other lemmas but are not written themselves. So are WordNet's medical senses of words whose everyday sense WordNet
 * 3.1 lacks: "digitalization" (now the move of records to digital form) and "disinfection" (of a van or a cell).
 */
export const GENERAL = new Set(['00659325', '00658847', '01026334', '00178632', '00711096', '00710774']);
// Under mental illness > insanity, WordNet's own "informal terms for insanity" (craziness, daftness, flakiness) and
// irrationality (unreason) are everyday banter ("his daftness"), not a diagnosis; dementia, also under insanity, stays.
export const SKIP = new Set(['14421293', '14420967', ...HV14_SKIP]);
