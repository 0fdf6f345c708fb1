import type { Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { eachMatch } from '../text-utils';
import { PERSON, sentenceBefore } from './health-person';

/**
 * Being a patient of a mental health or specialist health service tells of the person's health without naming a
 * condition (dev set 13 round): "she is under the community mental health team", "known to mental health services",
 * "open to CAMHS", "discharged from the crisis team last week", "referred her to the memory clinic". Police notes say it
 * this way because the service, not the diagnosis, is what they are told. The frame (under, under the care of, known to,
 * open to, referred to, discharged from, admitted to, sectioned to, a patient of/at) ties the service to someone, and a
 * person word (he, she, victim, misper, a name's pronoun ...) must be in the sentence before it, so "the crisis team is
 * short-staffed" and "referrals to CAMHS are up" (no person, no frame) stay clean.
 */
const SERVICE =
  '(?:the )?(?:community mental health team|cmht|camhs|crisis team|(?:home treatment|early intervention|eip|mental health) (?:team|services?)|mental health services?|mental health (?:unit|ward|hospital)|psychiatric (?:unit|ward|hospital|services?)|psych ward|memory (?:clinic|service)|drug and alcohol (?:team|services?)|substance misuse (?:team|services?)|(?:a |the )?gender (?:identity )?clinic)';
const SERVICE_FRAME = new RegExp(
  `\\b(?:under(?: the care of)?|known to|open to|referred (?:him |her |them )?to|discharged from|admitted to|sectioned to|(?:a )?patient (?:of|at|with)|seen by|seeing|engaging with|engages with)\\s+(${SERVICE})\\b`,
  'g',
);
/** The words a match needs somewhere in the post: cheap before the regex. */
const CUE = /camhs|cmht|crisis team|mental health|psych|memory (?:clinic|service)|drug and alcohol|substance misuse|gender (?:identity )?clinic|early intervention|home treatment/;

export function patientsOfHealthServices(ctx: ScanContext, out: Candidate[]): void {
  const { lower } = ctx;
  if (!CUE.test(lower)) return;
  eachMatch(SERVICE_FRAME, lower, (m) => {
    const before = sentenceBefore(lower, m.index, 90) + m[0].slice(0, m[0].length - m[1].length);
    if (!PERSON.test(before)) return;
    const start = m.index + m[0].length - m[1].length;
    out.push({ type: 'health', start, end: start + m[1].length, confidence: 0.75, rule: 'health.patient_of_service' });
  });
}
