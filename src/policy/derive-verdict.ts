import type { Verdict } from './types';
import type { QuestionIntent } from './question-intent';
import { modalityOf, namedAgent, type Modality } from './clause-modality';
import { forbidsOnlyReplacing } from './substitution';

/**
 * Verdict = what the question asks (intent) x what the clause's own words say (modality).
 * The clause sentence is the one inside the cited clause that best matches the question,
 * so a bullet that forbids files but allows links answers each question on its own terms.
 * A bullet with no modal words inherits its list's lead-in ("These pages can be used to:").
 * A prohibiting or restricting sentence never yields `allowed` unless the proposal sits inside
 * what the "only" names.
 */
export function deriveVerdict(
  intent: QuestionIntent,
  sentence: string,
  leadIn: string | undefined,
  proposesOutsideClause = false,
  addsBeside = false,
  refrains = false,
  asksConditionedOutcome = false,
): Verdict {
  if (intent.intent === 'info') return 'info';
  let modes: Modality[] = modalityOf(sentence);
  if (modes.includes('none') && leadIn) modes = modalityOf(leadIn).filter((m) => m !== 'oblige');
  const has = (m: Modality) => modes.includes(m);
  if (!modes.length || has('none')) return 'info';

  if (intent.intent === 'obligation') {
    if (has('prohibit')) return 'not_allowed';
    if (has('permit') && !has('oblige') && !has('restrict')) return 'allowed';
    return 'info';
  }

  // "is it OK not to put a photo up", "can I leave my location off": leaving undone what a sentence forbids, limits or only
  // permits breaks nothing (refraining.ts); an obligation it would break is left to the rules below.
  if (refrains && (has('prohibit') || ((has('restrict') || has('permit')) && !has('oblige') && !has('condition')))) return 'allowed';
  if (has('condition')) return 'conditional';
  // "should not replace MySPI ..., but be used to support it": using it beside the other is what the "but" part asks for
  // (substitution.ts).
  if (has('prohibit') && addsBeside && forbidsOnlyReplacing(sentence)) return 'allowed';
  if (has('prohibit')) return 'not_allowed';
  if (has('restrict')) {
    // "only X can be used": proposing something the clause does not name (a mascot for a
    // photo of the employee) is outside what it permits.
    if (proposesOutsideClause) return 'not_allowed';
    return has('permit') ? 'allowed' : 'conditional';
  }
  // "Users can be suspended ..., and must re-verify their email to un-suspend": "can I get back on?" asks about the outcome
  // the "must ... to" conditions (purpose-condition.ts).
  if (has('permit') && has('oblige') && asksConditionedOutcome) return 'conditional';
  if (has('permit')) return 'allowed';
  // "will be set up by the Web Communications Team": asking to do that act yourself (set it up, create it) is a no.
  if (has('oblige')) return namedAgent(sentence) && (intent.selfDoing || intent.doesTheAct) ? 'not_allowed' : 'conditional';
  return 'info';
}
