/**
 * Medical devices fitted to or worn on the body (dev set 13 round): a pacemaker, a gastric band, a stoma bag, a cochlear
 * implant, an insulin pump, hearing aids or an artificial limb each tell of the condition they treat, so UK GDPR reads
 * them as health data like the treatment itself. WordNet drops most of them as ambiguous ("pacemaker" is also a runner
 * who sets the pace, "band" a group), so they are listed by hand as treatments; the sentence and link rules still need a
 * person ("she had a pacemaker fitted") and leave topic talk alone ("the pacemaker for the 10k" names no condition:
 * "pacemaker" is left to the link rules, see health-sentence.ts EVERYDAY_SENSES).
 */
export const MEDICAL_DEVICES = [
  'pacemaker', 'a pacemaker', 'gastric band', 'a gastric band', 'gastric bypass', 'a gastric bypass', 'gastric sleeve',
  'stoma', 'a stoma', 'stoma bag', 'colostomy bag', 'ileostomy bag', 'cochlear implant', 'cochlear implants',
  'insulin pump', 'an insulin pump', 'feeding tube', 'a feeding tube', 'hearing aid', 'hearing aids',
  'prosthetic leg', 'prosthetic arm', 'prosthetic limb', 'artificial limb', 'artificial hip', 'catheter', 'a catheter',
  // Fifteenth session: the machine the NHS Health A to Z names as the treatment of obstructive sleep apnoea ("CPAP").
  'cpap machine', 'a cpap machine', 'cpap mask', 'a cpap mask',
  // Mobility aids (a wheelchair is read as "wheelchair user"; alone it is as often a ramp or an access sign).
  'walking frame', 'a walking frame', 'zimmer frame', 'a zimmer frame', 'mobility scooter', 'crutches', 'on crutches',
];

const DEVICES: ReadonlySet<string> = new Set(MEDICAL_DEVICES);
/**
 * No one is a device: "he was the pacemaker for the 10k" names a role. A device linked by "is"/"was" (with or without an
 * article) is no disclosure; "has", "had", "with", a possessive or "fitted" are how people have one.
 */
export function deviceAsRole(term: string, link: string): boolean {
  return DEVICES.has(term) && /^(?:is|was|are|were|be|been|being|'s|s|hes|he's|shes|she's|im|i'm)$/.test(link);
}
