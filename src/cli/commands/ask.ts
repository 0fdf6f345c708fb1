import { createInterface } from 'node:readline';
import type { Answer, PolicyIndex } from '../../policy';
import type { SentenceEncoder } from '../../language/sentence-encoder';
import { askWithEncoder } from '../../app/live-policy-index';

/**
 * `policy-bot ask [question] [--json]`: one question from the argument, or one per line on
 * stdin (each answered as one JSON line, so scripts can pipe a question list through).
 */
export interface AskOptions {
  json: boolean;
  /** Consulted before refusing a question, as the bot does (SENTENCE_ENCODER). */
  encoder?: SentenceEncoder;
}

export async function runAsk(
  index: PolicyIndex,
  question: string | undefined,
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  opts: AskOptions,
): Promise<void> {
  if (question !== undefined && question.trim() !== '') {
    const answer = await askWithEncoder(index, opts.encoder, question);
    await write(output, opts.json ? `${JSON.stringify(toJson(question, answer))}\n` : formatHuman(answer));
    return;
  }
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    const q = line.trim();
    if (!q) continue;
    await write(output, `${JSON.stringify(toJson(q, await askWithEncoder(index, opts.encoder, q)))}\n`);
  }
}

export interface AskJson {
  question: string;
  verdict: Answer['verdict'];
  confidence: number;
  citations: { clauseId: string; section: string; sectionTitle: string; text: string }[];
  answer: string;
  expiryNote?: string;
  contact?: string;
  /** Present only when the engine is unsure (confidence < 0.5): the "Did you mean..." clauses. */
  alternatives?: { clauseId: string; section: string; sectionTitle: string; text: string }[];
  condition?: string;
}

export function toJson(question: string, a: Answer): AskJson {
  return {
    question,
    verdict: a.verdict,
    confidence: a.confidence,
    citations: a.citations.map((c) => ({ clauseId: c.clauseId, section: c.section, sectionTitle: c.sectionTitle, text: c.text })),
    answer: a.answer,
    ...(a.expiryNote ? { expiryNote: a.expiryNote } : {}),
    ...(a.contact ? { contact: a.contact } : {}),
    ...(a.alternatives?.length ? { alternatives: a.alternatives.map((c) => ({ clauseId: c.clauseId, section: c.section, sectionTitle: c.sectionTitle, text: c.text })) } : {}),
    ...(a.condition ? { condition: a.condition } : {}),
  };
}

const VERDICT_LABEL: Record<Answer['verdict'], string> = {
  allowed: 'Allowed',
  not_allowed: 'Not allowed',
  conditional: 'Allowed with conditions',
  info: 'Information',
  not_covered: 'Not covered by the policy',
};

export function formatHuman(a: Answer): string {
  const lines = [`${VERDICT_LABEL[a.verdict]} (confidence ${a.confidence.toFixed(2)})`, a.answer];
  if (a.citations.length) {
    lines.push('', 'Cited:');
    for (const c of a.citations) lines.push(`  [${c.clauseId}] section ${c.section} ${c.sectionTitle}: ${c.text}`);
  }
  if (a.alternatives?.length) {
    lines.push('', 'Did you mean:');
    for (const c of a.alternatives) lines.push(`  [${c.clauseId}] section ${c.section} ${c.sectionTitle}: ${c.text}`);
  }
  if (a.expiryNote) lines.push('', a.expiryNote);
  return `${lines.join('\n')}\n`;
}

function write(output: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    output.write(text, (err?: Error | null) => (err ? reject(err) : resolve()));
  });
}
