import { scan } from '../../src/detection';
import { loadCorpus, postsOfLength } from './detect-datasets';
const posts = postsOfLength(loadCorpus(), 190, 2000);
let n = 0; const t0 = performance.now();
while (performance.now() - t0 < 6000) { scan({ text: posts[n++ % posts.length] }); }
