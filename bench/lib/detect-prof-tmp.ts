import { scan } from '../../src/detection';
import { loadCorpus, postsOfLength } from './detect-datasets';
const size = Number(process.argv[2] ?? 190);
const posts = postsOfLength(loadCorpus(), size, size > 1000 ? 50 : 2000);
for (let i = 0; i < 500; i++) scan({ text: posts[i % posts.length] });
let best = 0;
for (let r = 0; r < 6; r++) {
  let n = 0; const t0 = performance.now(); const c0 = process.cpuUsage();
  while (performance.now() - t0 < 700) { scan({ text: posts[n % posts.length] }); n++; }
  const cpu = process.cpuUsage(c0); best = Math.max(best, n / ((cpu.user + cpu.system) / 1e6));
}
console.log('size', size, 'best cpu posts/s', best.toFixed(0));
