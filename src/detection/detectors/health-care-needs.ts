/**
 * Care needs and risks that tell of a person's health without naming a diagnosis (dev set 13 round, from the older
 * sets' misses): being housebound or bedridden (NHS and social care use both for people whose illness or disability
 * keeps them at home or in bed), oxygen at home (prescribed only for a lung or heart condition), a risk of suicide (a
 * mental health assessment's finding: prisons open an ACCT plan for it) and the loss of sight or hearing (a disability).
 * Listed as the phrases people write, so "lost sight of the suspect" and "oxygen cylinder" stay outside: only "lost
 * his/her sight", "lost (the) sight in" and "on home oxygen" forms are listed.
 */
export const CARE_NEED_STATES = ['housebound', 'bedbound', 'bed-bound', 'bedridden', 'bed bound'];
export const CARE_NEED_CONDITIONS = [
  'suicide risk', 'a suicide risk', 'risk of suicide', 'at risk of suicide',
  'lost his sight', 'lost her sight', 'lost their sight', 'lost sight in', 'lost the sight in',
  'lost his hearing', 'lost her hearing', 'lost their hearing', 'lost hearing in', 'lost the hearing in',
];
export const CARE_NEED_TREATMENTS = ['home oxygen', 'on home oxygen'];
