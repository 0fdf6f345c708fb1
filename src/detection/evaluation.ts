/**
 * Scores span predictions against labelled posts: per-type precision/recall/F2 and the
 * share of clean posts wrongly flagged. A prediction matches a label of the same type
 * when their spans overlap (labels give a value; its first unmatched occurrence in the
 * text is used). Shared by the corpus test and the benchmark so both count the same way.
 */
export interface LabelledPost {
  text: string;
  expect: Array<{ type: string; value: string }>;
}

export interface Span {
  type: string;
  start: number;
  end: number;
}

export interface TypeScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f2: number;
}

export interface EvaluationResult {
  perType: Record<string, TypeScore>;
  overall: TypeScore;
  cleanPosts: number;
  cleanPostsFlagged: number;
  /** Indices of the clean posts that were flagged (for dev-set listings). */
  cleanFlaggedIndices: number[];
  falsePositiveRate: number;
  misses: Array<{ index: number; type: string; value: string }>;
  spurious: Array<{ index: number; type: string; value: string }>;
}

/**
 * Nineteenth session: a label's value is placed at its first unmatched occurrence that stands on its own, and only
 * when there is none at its first unmatched occurrence inside a longer token. A sort code "597327" written after the
 * IBAN that contains it ("GB44BARC59732701826614 ... sortcode 597327") labels the sort code, not the IBAN's digits
 * (before, the scorer counted a correct finding as a miss and a false alarm).
 */
export function labelSpans(post: LabelledPost): Span[] {
  const spans: Span[] = [];
  for (const e of post.expect) {
    let from = 0;
    let embedded: number | undefined;
    let placed = false;
    for (;;) {
      const i = post.text.indexOf(e.value, from);
      if (i < 0) break;
      if (!spans.some((s) => s.type === e.type && s.start === i)) {
        if (!standsAlone(post.text, i, i + e.value.length)) {
          embedded ??= i;
        } else {
          spans.push({ type: e.type, start: i, end: i + e.value.length });
          placed = true;
          break;
        }
      }
      from = i + 1;
    }
    if (!placed && embedded !== undefined) spans.push({ type: e.type, start: embedded, end: embedded + e.value.length });
  }
  return spans;
}

const isAlnum = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/.test(c);
/** Not joined to a letter or digit on a side where the value itself ends in one. */
function standsAlone(text: string, start: number, end: number): boolean {
  return !(isAlnum(text[start]) && isAlnum(text[start - 1])) && !(isAlnum(text[end - 1]) && isAlnum(text[end]));
}

/** `types` limits scoring to the types a system attempts (others are ignored on both sides). */
export function evaluate(
  posts: readonly LabelledPost[],
  predict: (text: string, index: number) => Span[],
  types?: ReadonlySet<string>,
): EvaluationResult {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (t: string, k: 'tp' | 'fp' | 'fn'): void => {
    const c = counts.get(t) ?? { tp: 0, fp: 0, fn: 0 };
    c[k]++;
    counts.set(t, c);
  };
  const misses: EvaluationResult['misses'] = [];
  const spurious: EvaluationResult['spurious'] = [];
  let cleanPosts = 0;
  let cleanPostsFlagged = 0;
  const cleanFlaggedIndices: number[] = [];
  posts.forEach((post, index) => {
    const gold = labelSpans(post).filter((s) => !types || types.has(s.type));
    const pred = predict(post.text, index).filter((s) => !types || types.has(s.type));
    if (post.expect.length === 0) {
      cleanPosts++;
      if (pred.length > 0) {
        cleanPostsFlagged++;
        cleanFlaggedIndices.push(index);
      }
    }
    const used = new Set<number>();
    for (const g of gold) {
      const hit = pred.findIndex((p, i) => !used.has(i) && p.type === g.type && p.start < g.end && g.start < p.end);
      if (hit >= 0) {
        used.add(hit);
        bump(g.type, 'tp');
      } else {
        bump(g.type, 'fn');
        misses.push({ index, type: g.type, value: post.text.slice(g.start, g.end) });
      }
    }
    pred.forEach((p, i) => {
      if (used.has(i)) return;
      // A second prediction overlapping an already-matched label is a split, not a false alarm.
      if (gold.some((g) => g.type === p.type && p.start < g.end && g.start < p.end)) return;
      bump(p.type, 'fp');
      spurious.push({ index, type: p.type, value: post.text.slice(p.start, p.end) });
    });
  });
  const perType: Record<string, TypeScore> = {};
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const [t, c] of [...counts.entries()].sort()) {
    perType[t] = score(c);
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  return {
    perType,
    overall: score(total),
    cleanPosts,
    cleanPostsFlagged,
    cleanFlaggedIndices,
    falsePositiveRate: cleanPosts ? cleanPostsFlagged / cleanPosts : 0,
    misses,
    spurious,
  };
}

export function score(c: { tp: number; fp: number; fn: number }): TypeScore {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f2 = precision + recall ? (5 * precision * recall) / (4 * precision + recall) : 0;
  return { ...c, precision, recall, f2 };
}
