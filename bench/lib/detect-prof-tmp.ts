import { scan } from '../../src/detection';
import { loadCorpus, postsOfLength } from './detect-datasets';
const posts = postsOfLength(loadCorpus(), 190, 2000);
for (let i = 0; i < 5000; i++) scan({ text: posts[i % posts.length] });
let best = 0;
for (let r = 0; r < 8; r++) {
  let n = 0; const t0 = performance.now(); const c0 = process.cpuUsage();
  while (performance.now() - t0 < 700) { scan({ text: posts[n % posts.length] }); n++; }
  const cpu = process.cpuUsage(c0); best = Math.max(best, n / ((cpu.user + cpu.system) / 1e6));
}
console.log('best cpu posts/s', best.toFixed(0));
