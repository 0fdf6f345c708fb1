import type { Answer, Citation, Clause, PolicyDocument, PolicyIndex, PolicySection, PolicyTopic } from './types';
import { createClauseSearch, type SearchHit } from './clause-search';
import { searchDocFor, withContext, type ClauseWithContext } from './clause-context';
import { questionIntent } from './question-intent';
import { answerTypePrior } from './answer-type-prior';
import { deriveVerdict } from './derive-verdict';
import { modalityOf, type Modality } from './clause-modality';
import { answerText, expiryNote, notCoveredText } from './compose-answer';
import { splitSentences } from './split-sentences';
import { contentStems } from './tokenise';

/**
 * Thresholds for `not_covered`, calibrated on test/fixtures/policy-questions.jsonl (see
 * docs/policy-answers.md). Coverage is the IDF-weighted share of the question's ideas the
 * top clause answers; a question naming an HR/facilities subject needs more of it.
 */
export const MIN_COVERAGE = 0.4;
export const MIN_COVERAGE_OFF_TOPIC = 0.6;
export const MIN_SCORE = 2.5;
/** Without any domain concept in common (only plain words), the clause must answer nearly all of the question. */
export const MIN_COVERAGE_WORDS_ONLY = 0.8;
/** Secondary citations must score at least this share of the top clause. */
const CITE_RATIO = 0.6;
/** Permission questions prefer clauses that say what may or may not be done. */
const NORMATIVE_PRIOR = 1.15;
/**
 * A question naming a section's subject ("Yammer", "corporate pages") prefers that section's
 * clauses: such words are common in the policy, so BM25 alone gives them little weight.
 */
const SECTION_PRIOR = 1.25;
/** A question about someone else (a friend joining, a pet in a photo) is answered by the clause saying who "only" qualifies. */
const RESTRICTIVE_PRIOR = 1.2;

const TOPIC_QUERIES: Record<PolicyTopic, { query: string; modality: Modality }> = {
  personal_information: { query: 'use status to publish personal information', modality: 'prohibit' },
  status_personal_information: { query: 'use status to publish personal information', modality: 'prohibit' },
  file_upload: { query: 'uploading files into yammer', modality: 'prohibit' },
  status_encouraged: { query: 'encouraged to update status with work related topics', modality: 'permit' },
};

export function createPolicyIndex(docs: PolicyDocument[]): PolicyIndex {
  const entries = withContext(docs);
  // A bullet holding several sentences is searched sentence by sentence (its score is its best
  // sentence's), so "Employees are able to upload useful links" is not diluted by the rest of it.
  const owner: number[] = [];
  const searchDocs = entries.flatMap((e, i) => {
    const base = searchDocFor(e);
    const sentences = splitSentences(e.clause.text);
    const parts = sentences.length > 1 ? sentences.map((text) => ({ ...base, text })) : [base];
    for (let k = 0; k < parts.length; k++) owner.push(i);
    return parts;
  });
  const rawSearch = createClauseSearch(searchDocs);
  const search = {
    idf: rawSearch.idf,
    search(question: string) {
      const result = rawSearch.search(question);
      const seen = new Set<number>();
      const hits: SearchHit[] = [];
      for (const h of result.hits) {
        const i = owner[h.index];
        if (seen.has(i)) continue;
        seen.add(i);
        hits.push({ ...h, index: i });
      }
      return { ...result, hits };
    },
  };
  const titleStems = entries.map((e) => contentStems(e.clause.sectionTitle));
  const restrictive = entries.map((e) => modalityOf(e.clause.text).includes('restrict'));
  const normative = entries.map((e) => !modalityOf(e.clause.text).includes('none') || (e.leadIn !== undefined && /:$/.test(e.leadIn)));
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
    const intent = questionIntent(question);
    const result = search.search(question);
    const typePrior = answerTypePrior(question);
    const asked = new Set(result.query.units.flatMap((u) => [...u.own, ...(u.added[0] ?? [])]));
    const hits = result.hits
      .map((h) => ({
        ...h,
        score:
          h.score *
          (intent.intent !== 'info' && normative[h.index] ? NORMATIVE_PRIOR : 1) *
          (intent.outsider && restrictive[h.index] ? RESTRICTIVE_PRIOR : 1) *
          (titleStems[h.index].some((t) => asked.has(t)) ? SECTION_PRIOR : 1) *
          typePrior(entries[h.index].clause.text),
      }))
      .sort((a, b) => b.score - a.score || a.index - b.index);
    const top = hits[0];
    if (!top) return notCovered(0.9);
    const needed = result.offTopic ? MIN_COVERAGE_OFF_TOPIC : top.matchedConcept ? MIN_COVERAGE : MIN_COVERAGE_WORDS_ONLY;
    if (top.coverage < needed || top.score < MIN_SCORE) {
      return notCovered(0.5 + 0.5 * Math.min(1, (needed - Math.min(top.coverage, needed)) / needed + (top.score < MIN_SCORE ? 0.5 : 0)));
    }

    const best = entries[top.index];
    const quote = bestSentence(best.clause.text, result.query.units.flatMap((u) => [...u.own, ...u.added.flat()]), search.idf);
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
    if (!topicCache.has(topic)) {
      const { query, modality } = TOPIC_QUERIES[topic];
      const hit = search.search(query).hits.find((h) => h.coverage >= MIN_COVERAGE && modalityOf(entries[h.index].clause.text).includes(modality));
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
