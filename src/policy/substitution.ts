import { normaliseWords } from './tokenise';

/**
 * Replacing against adding (fifteenth session). A sentence can forbid one thing taking another's place while saying what it
 * is for instead: "Yammer should not replace the Force intranet MySPI as an avenue for communication, but be used to support
 * it". What it forbids is the substitution; a question proposing to use the one *beside* the other ("as well as on our
 * intranet page", "also post it pointing people to it", "together with") proposes what the "but" part asks for, and the
 * answer is yes. A question that also speaks of replacing, stopping, moving off or making one the main channel is still
 * the substitution and stays no. General English: the words that mark addition and substitution, nothing of any policy.
 */
const FORBIDS_REPLACING = / (should|must|shall|may|can|could|will|would|do|does) not (\w+ ){0,2}(replace|substitute|supplant|supersede|take over|be used instead|be a substitute|be a replacement) /;
const BUT_INSTEAD = / but (\w+ ){0,4}(support|supplement|complement|sit alongside|be used alongside|work alongside|be used with|be used together|add to) /;
const ADDS = / (as well as|also|together with|alongside|along with|in addition to|on top of|besides|both|as well) /;
const REPLACES =
  / (replace|replaces|replacing|replaced|replacement|instead|rather than|in place|place of|take over|takes over|taking over|substitute|supersede|stop|stopping|skip|skipping|ditch|drop|dropping|retire|retiring|switch|switching|move|moving|off|primary|main|only|no longer|any more|anymore|abandon|scrap) /;

/** The sentence forbids a substitution and says, after "but", that the thing is to be used beside the other. */
export function forbidsOnlyReplacing(sentence: string): boolean {
  const text = ` ${normaliseWords(sentence).join(' ')} `;
  return FORBIDS_REPLACING.test(text) && BUT_INSTEAD.test(text);
}

/** The question proposes using one thing beside another ("as well as", "also", "together with"), and nothing of replacing it. */
export function proposesAddingBeside(question: string): boolean {
  const text = ` ${normaliseWords(question).join(' ')} `;
  return ADDS.test(text) && !REPLACES.test(text);
}
