/**
 * A clinician's word on a patient (dev set 14 round): custody and licensing notes pass on what a doctor, nurse or
 * paramedic recorded or said, and the patient is who the notes are for, named or not:
 * - a heading for a clinician's notes, at the start of a line (or after ';' or '|'): "FME notes for C8: schizophrenia, on
 *   clozapine", "HCP assessment: asthmatic";
 * - a clinician reporting, right before the term: "GP says heavy drinker", "paramedics confirmed concussion".
 * The clinicians are those who examine someone (forensic medical examiner, healthcare professional, GP, nurse, doctor,
 * paramedic, psychiatrist, consultant); "notes" alone or a team's "update" is no clinician's.
 */
const CLINICIAN = "(?:fme|hcp|gp|nurse|custody nurse|doctor|dr|paramedics?|psychiatrist|consultant|medic|a&e)";
const NOTES_HEADING = new RegExp(
  `^\\s*[-*•]?\\s*${CLINICIAN}(?:'s|s)? (?:notes?|assessment|review|report)(?: (?:for|on|re) [^:\\n]{1,24})?\\s*:`,
);
const REPORTING = new RegExp(
  `\\b${CLINICIAN} (?:says|said|reports|reported|confirms|confirmed|states|stated|notes|noted|thinks|suspects)(?: (?:that|he|she|they)(?: is| has| was|'s)?)?\\s*:?\\s+$`,
);

/** True when `p` lies in a line (or ';'/'|'-field) opened by a clinician's notes heading. */
export function inClinicianNotes(lower: string, p: number): boolean {
  let s = p;
  while (s > 0 && p - s < 120) {
    const c = lower.charCodeAt(s - 1);
    if (c === 10 || c === 59 || c === 124) break; // newline, ';', '|'
    s--;
  }
  return NOTES_HEADING.test(lower.slice(s, p));
}

/** True when a clinician's report ends right before `p`: "GP says ", "paramedics confirmed ". */
export function clinicianReportsBefore(lower: string, p: number): boolean {
  return REPORTING.test(lower.slice(Math.max(0, p - 48), p));
}
