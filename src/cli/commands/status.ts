import { checkStatus, describeFindings, findingLabel, suggestStatuses } from '../../status';
import type { Scanner, StatusCitations, StatusIntent } from '../../status';

/**
 * `policy-bot status "<topic>"` prints three suggestions; `policy-bot status --check "<draft>"`
 * checks a draft. With --json the output is one JSON object on one line:
 *   suggest: {"suggestions": [...]}   (plus "kind" and "message" when there are none)
 *   check:   {"outcome": ..., "findings": [...], "rewrite"?: ..., "reason"?: ..., "message": ...}
 * "findings" is always present ([] unless personal information was found); "rewrite" only
 * appears for personal_information (and is "" when nothing work-related was left).
 * Nothing is logged: the text is only written to `output`.
 */
export interface StatusArgs {
  text?: string;
  check?: string;
  json: boolean;
  intent?: StatusIntent;
  variant?: number;
}

export interface StatusCommandDeps {
  scanner: Scanner;
  /** Optional policy clauses to quote in text output (PolicyIndex.clauseForTopic). */
  citations?: StatusCitations;
}

export function runStatus(args: StatusArgs, output: NodeJS.WritableStream, deps: StatusCommandDeps): void {
  if (args.check !== undefined) runCheck(args.check, args.json, output, deps);
  else runSuggest(args, output, deps);
}

function runSuggest(args: StatusArgs, output: NodeJS.WritableStream, deps: StatusCommandDeps): void {
  const result = suggestStatuses(
    { topic: args.text ?? '', ...(args.intent ? { intent: args.intent } : {}), ...(args.variant !== undefined ? { variant: args.variant } : {}) },
    { scanner: deps.scanner },
  );
  if (args.json) {
    const body = result.kind === 'suggestions' ? { suggestions: result.suggestions } : { suggestions: [], kind: result.kind, ...('reason' in result ? { reason: result.reason } : {}), message: result.message };
    output.write(`${JSON.stringify(body)}\n`);
    return;
  }
  if (result.kind === 'suggestions') {
    output.write(result.suggestions.map((s, i) => `${i + 1}. ${s}`).join('\n') + '\n');
    return;
  }
  output.write(`${result.message}\n`);
  if (result.kind === 'not_work' && deps.citations?.encouraged) output.write(quoteLine(deps.citations.encouraged));
}

function runCheck(draft: string, json: boolean, output: NodeJS.WritableStream, deps: StatusCommandDeps): void {
  const check = checkStatus(draft, { scanner: deps.scanner });
  if (json) {
    const body =
      check.outcome === 'personal_information'
        ? { outcome: check.outcome, findings: check.findings, rewrite: check.rewrite, message: check.message }
        : { outcome: check.outcome, findings: [], ...('reason' in check ? { reason: check.reason } : {}), message: check.message };
    output.write(`${JSON.stringify(body)}\n`);
    return;
  }
  const lines: string[] = [];
  switch (check.outcome) {
    case 'ok':
      lines.push(`OK: ${check.message}`);
      if (deps.citations?.encouraged) lines.push(quoteLine(deps.citations.encouraged).trimEnd());
      break;
    case 'personal_information':
      lines.push(`PERSONAL INFORMATION: ${check.message}`);
      for (const f of check.findings) lines.push(`  - ${findingLabel(f.type)}: ${f.masked}`);
      if (deps.citations?.personalInformation) lines.push(quoteLine(deps.citations.personalInformation).trimEnd());
      lines.push(check.rewrite ? `Suggested rewrite: ${check.rewrite}` : `No rewrite: nothing is left once ${describeFindings(check.findings.map((f) => f.type))} is removed.`);
      break;
    case 'not_work':
      lines.push(`NOT WORK (${check.reason}): ${check.message}`);
      if (deps.citations?.encouraged) lines.push(quoteLine(deps.citations.encouraged).trimEnd());
      break;
    case 'invalid':
      lines.push(`CANNOT CHECK (${check.reason}): ${check.message}`);
      break;
  }
  output.write(lines.join('\n') + '\n');
}

function quoteLine(clause: { section: string; clauseId: string; text: string }): string {
  return `Policy section ${clause.section} (clause ${clause.clauseId}): "${clause.text}"\n`;
}
