import type { MaskedFinding, StatusCheck, StatusDeps } from './types';
import { DRAFT_MAX_LENGTH } from './limits';
import { validateText } from './validate-input';
import { classifyNotWork } from './classify-not-work';
import { describeFindings } from './finding-labels';
import { hasTopicWords, stripPersonal } from './strip-personal';
import { personalOnly } from './personal-only';

const OK_MESSAGE = "Looks good: that's a work-related status, which is just what the policy encourages.";

/**
 * Checks a draft status before it is posted. Personal information comes first (it's the hard
 * rule for statuses); otherwise a draft about holidays, family, health or whereabouts is
 * gently turned back; anything else is fine.
 */
export function checkStatus(draft: unknown, allDeps: StatusDeps): StatusCheck {
  const deps = personalOnly(allDeps);
  const valid = validateText(draft, 'draft', DRAFT_MAX_LENGTH);
  if (!valid.ok) return { outcome: 'invalid', reason: valid.reason, message: valid.message };
  const text = valid.text;

  const found = deps.scanner.scan({ text });
  if (found.length > 0) {
    const findings = uniqueFindings(found);
    let rewrite = stripPersonal(text, deps.scanner).text;
    // Only offer a rewrite that is itself fit to post.
    if (!hasTopicWords(rewrite) || classifyNotWork(rewrite)) rewrite = '';
    const what = describeFindings(findings.map((f) => f.type));
    const message =
      `Your draft includes ${what}. Everyone on the network can see every status, so please leave it out.` +
      (rewrite ? " Here's a version without it." : ' Once that is taken out there is nothing left to post: try describing the work itself.');
    return { outcome: 'personal_information', findings, rewrite, message };
  }

  const notWork = classifyNotWork(text);
  if (notWork) return { outcome: 'not_work', ...notWork };
  return { outcome: 'ok', message: OK_MESSAGE };
}

function uniqueFindings(found: readonly { type: string; masked: string }[]): MaskedFinding[] {
  const seen = new Set<string>();
  const out: MaskedFinding[] = [];
  for (const { type, masked } of found) {
    const key = `${type}\u0000${masked}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ type, masked });
  }
  return out;
}
