import { scan } from '../src/detection';
import { evaluate } from '../src/detection/evaluation';
import { loadCorpus } from '../bench/lib/detect-datasets';
for (const f of process.argv.slice(2)) {
  const posts = loadCorpus(f);
  const r = evaluate(posts, (text) => scan({ text }));
  const sum = (pred: (t: string) => boolean) => { let tp = 0, fn = 0; for (const [t, s] of Object.entries(r.perType)) if (pred(t)) { tp += s.tp; fn += s.fn; } return `${(tp / (tp + fn)).toFixed(3)} (${tp}/${tp + fn})`; };
  console.log(f, 'core', sum((t) => t !== 'person_name' && t !== 'health'), 'names', sum((t) => t === 'person_name'), 'health', sum((t) => t === 'health'), 'clean flagged', `${r.cleanPostsFlagged}/${r.cleanPosts}`);
}
