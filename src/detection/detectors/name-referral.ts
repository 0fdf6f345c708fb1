import type { Candidate } from './detector';
import { isEnglishWord } from './name-surnames';

/**
 * Fifteenth session: a safeguarding referral is of a person or a family, and casework names it by their surname ("the
 * Rowe referral", "the Kasprzak family referral"): a capitalised word that is no English word (WordNet, as
 * name-surnames.ts reads it) right after "the" and before "referral" (or "family"/"household referral") is that surname.
 * Not other case nouns: "the Armley job", "the Burton parade" are as often named after a place.
 */
const REFERRAL = /\b[Tt]he ((?:Mc|Mac|O'|O’)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?) (?:(?:family|household) )?referral\b(?! (?:guidance|scheme|schemes|process|processes|pathway|pathways|criteria|training|e-learning|route|routes|portal|policy|procedure|procedures|system|programme|service)\b)/g;

/**
 * A partner agency is named before "referral" as a family is ("the Cafcass referral", "the Nacro referral"): the
 * safeguarding and justice partners whose names are no English word, written in title case. And a referral modifying a
 * noun of process (REFERRAL's look-ahead: "the Cafcass referral guidance", "the Nacro referral scheme") names a kind of
 * referral, not one family's.
 */
const AGENCIES: ReadonlySet<string> = new Set([
  'Cafcass', 'Nacro', 'Barnardos', 'Mencap', 'Childline', 'Kooth', 'Ofsted', 'Addaction', 'Crimestoppers', 'Marac', 'Mappa', 'Camhs',
  'Idva', 'Isva', 'Nspcc', 'Rspca', 'Dvla', 'Interpol', 'Europol',
]);

export function namesOfReferrals(text: string, staffPost: () => boolean, out: Candidate[]): void {
  if (text.indexOf('referral') < 0) return;
  REFERRAL.lastIndex = 0;
  for (let m = REFERRAL.exec(text); m; m = REFERRAL.exec(text)) {
    const word = m[1];
    if (isEnglishWord(word) || AGENCIES.has(word) || staffPost()) continue;
    const start = m.index + m[0].indexOf(word, 4);
    if (out.some((c) => c.type === 'person_name' && c.start < start + word.length && start < c.end)) continue;
    out.push({ type: 'person_name', start, end: start + word.length, confidence: 0.6, rule: 'person_name.referral' });
  }
}
