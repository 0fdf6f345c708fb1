import type { Answer, Citation, Clause, PolicyDocument, PolicyIndex, PolicySection, PolicyTopic } from './types';
import type { SearchHit } from './clause-search';
import { withContext, type ClauseWithContext } from './clause-context';
import { createClauseRanker } from './rank-clauses';
import { deriveVerdict } from './derive-verdict';
import { modalityOf, type Modality } from './clause-modality';
import { answerText, expiryNote, notCoveredText } from './compose-answer';
import { splitSentences } from './split-sentences';
import { contentStems } from './tokenise';

/**
 * Thresholds for `not_covered`, calibrated on test/fixtures/policy-questions.jsonl and checked
 * on held-out questions (see docs/policy-answers.md). Coverage is the IDF-weighted share of the
 * question's ideas that the top clause answers.
 */
export const MIN_COVERAGE = 0.4;
/** A question naming an HR/facilities subject (lexicon OFF_TOPIC) needs more of it. */
export const MIN_COVERAGE_OFF_TOPIC = 0.6;
/** Without any domain concept in common (only plain words), the clause must answer nearly all of the question. */
export const MIN_COVERAGE_WORDS_ONLY = 0.8;
/** Safety net for vague one-word questions ("can I post stuff"). */
export const MIN_SCORE = 1.5;
/** Secondary citations must score at least this share of the top clause. */
const CITE_RATIO = 0.6;

const TOPIC_QUERIES: Record<PolicyTopic, { query: string; modality: Modality }> = {
  personal_information: { query: 'use status to publish personal information', modality: 'prohibit' },
  status_personal_information: { query: 'use status to publish personal information', modality: 'prohibit' },
  file_upload: { query: 'uploading files into yammer', modality: 'prohibit' },
  status_encouraged: { query: 'encouraged to update status with work related topics', modality: 'permit' },
  operational_use: { query: 'should not be used for critical incidents or on-call issues', modality: 'prohibit' },
  external_groups: { query: 'should not set up new communities to connect with external groups', modality: 'prohibit' },
  leavers: { query: 'former employees are locked once they no longer have access to a valid company email address', modality: 'none' },
};

export function createPolicyIndex(docs: PolicyDocument[]): PolicyIndex {
  const entries = withContext(docs);
  const ranker = createClauseRanker(entries);
  // With several policies a bare "5.b3" would be ambiguous, so citations then always carry the document id.
  const qualified = (c: Clause) => (docs.length > 1 ? `${c.documentId}:${c.id}` : c.id);
  const primary = docs[0]?.metadata;

  const cite = (e: ClauseWithContext): Citation => ({
    clauseId: qualified(e.clause),
    section: e.clause.sectionId,
    sectionTitle: e.clause.sectionTitle,
    text: e.clause.text,
  });

  const notCovered = (confidence: number): Answer => ({
    verdict: 'not_covered',
    confidence: round(confidence),
    citations: [],
    answer: notCoveredText(primary),
    ...(primary && expiryNote(primary) ? { expiryNote: expiryNote(primary) } : {}),
    ...(primary?.contact ? { contact: primary.contact } : {}),
  });

  function answer(question: string): Answer {
    const { intent, result, hits } = ranker.rank(question);
    const top = hits[0];
    if (!top) return notCovered(0.9);
    const needed = result.offTopic ? MIN_COVERAGE_OFF_TOPIC : top.matchedConcept ? MIN_COVERAGE : MIN_COVERAGE_WORDS_ONLY;
    if (top.coverage < needed || top.score < MIN_SCORE) {
      return notCovered(0.5 + 0.5 * Math.min(1, (needed - Math.min(top.coverage, needed)) / needed + (top.score < MIN_SCORE ? 0.5 : 0)));
    }

    const best = entries[top.index];
    const quote = bestSentence(best.clause.text, result.query.units.flatMap((u) => [...u.own, ...u.added.flat()]), ranker.idf);
    const verdict = deriveVerdict(intent, quote, best.leadIn);
    const cited = pickCitations(hits, entries);
    const runnerUp = hits.find((h) => entries[h.index].clause.text !== best.clause.text);
    const margin = runnerUp ? (top.score - runnerUp.score) / top.score : 1;
    const confidence = (0.25 + 0.55 * top.coverage + 0.2 * Math.min(1, margin * 2)) * Math.min(1, top.score / (3 * MIN_SCORE));
    const note = expiryNote(best.document.metadata);
    return {
      verdict,
      confidence: round(confidence),
      citations: cited.map(cite),
      answer: answerText(verdict, quote, best.clause.sectionId, best.document.metadata),
      ...(note ? { expiryNote: note } : {}),
      ...(best.document.metadata.contact ? { contact: best.document.metadata.contact } : {}),
    };
  }

  const sectionById = new Map<string, PolicySection>();
  const clauseById = new Map<string, Clause>();
  for (const d of docs) {
    for (const s of d.sections) {
      if (!sectionById.has(s.id)) sectionById.set(s.id, s);
      sectionById.set(`${d.id}:${s.id}`, s);
    }
    for (const c of d.clauses) {
      if (!clauseById.has(c.id)) clauseById.set(c.id, c);
      clauseById.set(`${d.id}:${c.id}`, c);
    }
  }

  const topicCache = new Map<PolicyTopic, Citation | undefined>();
  function clauseForTopic(topic: PolicyTopic): Citation | undefined {
    // Topics arrive as strings from stored findings; one this index does not know cites nothing.
    if (!Object.hasOwn(TOPIC_QUERIES, topic)) return undefined;
    if (!topicCache.has(topic)) {
      const { query, modality } = TOPIC_QUERIES[topic];
      const hit = ranker.search(query).hits.find((h) => h.coverage >= MIN_COVERAGE && modalityOf(entries[h.index].clause.text).includes(modality));
      topicCache.set(topic, hit ? cite(entries[hit.index]) : undefined);
    }
    return topicCache.get(topic);
  }

  return {
    answer,
    clause: (id) => clauseById.get(id),
    section: (id) => sectionById.get(id),
    clauseForTopic,
    documents: docs,
    clauseCount: entries.length,
  };
}

function pickCitations(hits: SearchHit[], entries: ClauseWithContext[]): ClauseWithContext[] {
  const top = hits[0];
  const picked: ClauseWithContext[] = [entries[top.index]];
  for (const h of hits.slice(1)) {
    if (picked.length >= 3 || h.score < CITE_RATIO * top.score) break;
    const e = entries[h.index];
    if (!picked.some((p) => p.clause.text === e.clause.text)) picked.push(e);
  }
  return picked;
}

/** The sentence of a multi-sentence clause that the question is about (quoted and used for the verdict). */
function bestSentence(text: string, stems: string[], idf: (s: string) => number): string {
  const sentences = splitSentences(text);
  if (sentences.length < 2) return text;
  const wanted = new Set(stems);
  let best = sentences[0];
  let bestScore = -1;
  for (const s of sentences) {
    const score = [...new Set(contentStems(s))].filter((t) => wanted.has(t)).reduce((a, t) => a + idf(t), 0);
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}
