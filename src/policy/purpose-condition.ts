import { contentStems } from './tokenise';

/**
 * A requirement for a purpose (sixteenth session). "Users can be suspended by other users, and must re-verify their email
 * address to un-suspend their account": "must A to B" makes A the condition of B. The sentence grants one thing with "can"
 * and conditions another with "must ... to". A permission question about what the "can" part speaks of ("can another
 * member suspend me?") is answered by that part; one about anything else ("can I get back on?") asks about the outcome
 * after "to", and the answer is "yes, once A is done". General English: the purpose infinitive after an obligation.
 */
const PURPOSE = /^(.*?)(?:,\s*|\s)(?:and|but)\s+(?:must|need to|needs to|has to|have to)\s+(.+?\bto\s+\S.*)$/i;

/** The quoted sentence conditions an outcome with "must A to B", and the asking sentence speaks of nothing its "can" part names. */
export function asksAboutTheConditionedOutcome(question: string, sentence: string): boolean {
  const m = PURPOSE.exec(sentence.trim());
  const modal = m && /\b(can|could|may|able to|free to)\b/i.exec(m[1]);
  if (!m || !modal) return false;
  // The act granted, after its modal: the subject ("Users", "Borrowers") is who the condition binds too.
  const granted = new Set(contentStems(m[1].slice(modal.index + modal[0].length)));
  // "un-suspend", "un suspend" name the reversal of the granted act, which is the conditioned outcome, not the act.
  const asked = askingSentence(question).replace(/\bun\s*-?\s*\w+/gi, ' ');
  return !contentStems(asked).some((s) => granted.has(s));
}

/** The message's last sentence of two words or more ("got suspended by someone?? can i get back on"; a sign-off is skipped). */
function askingSentence(question: string): string {
  const sentences = question.split(/[.!?]+(?:\s+|$)/).filter((p) => p.trim().split(/\s+/).length >= 2);
  return sentences[sentences.length - 1] ?? question;
}
