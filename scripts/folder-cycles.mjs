#!/usr/bin/env node
/**
 * Folder-level import cycles under src/: file-level cycles are forbidden by dependency-cruiser, but two
 * folders can still depend on each other through different files. This folds the file graph into a
 * graph of top-level folders (src/<folder>/...), finds its strongly connected sets (Tarjan), and lists
 * the file edges that hold each set together, so they can be judged one by one.
 *
 *   npx depcruise src --config .dependency-cruiser.cjs --output-type json > /tmp/deps.json
 *   node scripts/folder-cycles.mjs /tmp/deps.json        (or pipe the JSON on stdin)
 *
 * Type-only imports count: they are still a dependency a reader has to follow.
 */
import { readFileSync } from 'node:fs';

const input = JSON.parse(readFileSync(process.argv[2] ?? 0, 'utf8'));
const folderOf = (path) => {
  const m = /^src\/([^/]+)\//.exec(path);
  return m ? m[1] : undefined;
};

/** folder -> folder -> file edges "a.ts -> b.ts" */
const edges = new Map();
for (const module of input.modules) {
  const from = folderOf(module.source);
  if (!from) continue;
  for (const dep of module.dependencies) {
    const to = folderOf(dep.resolved);
    if (!to || to === from) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    const out = edges.get(from);
    if (!out.has(to)) out.set(to, []);
    out.get(to).push(`${module.source} -> ${dep.resolved}`);
  }
}

// Tarjan's strongly connected components.
const index = new Map();
const low = new Map();
const onStack = new Set();
const stack = [];
const sets = [];
let next = 0;
const folders = new Set([...edges.keys(), ...[...edges.values()].flatMap((m) => [...m.keys()])]);
function visit(v) {
  index.set(v, next);
  low.set(v, next++);
  stack.push(v);
  onStack.add(v);
  for (const w of edges.get(v)?.keys() ?? []) {
    if (!index.has(w)) {
      visit(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
  }
  if (low.get(v) === index.get(v)) {
    const set = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      set.push(w);
    } while (w !== v);
    if (set.length > 1) sets.push(set.sort());
  }
}
for (const f of [...folders].sort()) if (!index.has(f)) visit(f);

let cycleEdges = 0;
for (const set of sets) {
  console.log(`strongly connected: {${set.join(', ')}}`);
  for (const from of set) {
    for (const [to, files] of edges.get(from) ?? []) {
      if (!set.includes(to)) continue;
      cycleEdges++;
      console.log(`  ${from} -> ${to} (${files.length} import${files.length === 1 ? '' : 's'})`);
      for (const f of files) console.log(`      ${f}`);
    }
  }
}
console.log(`folders: ${folders.size}; folder edges: ${[...edges.values()].reduce((n, m) => n + m.size, 0)}; strongly connected sets: ${sets.length}; folders in them: ${sets.reduce((n, s) => n + s.length, 0)}; folder edges inside them: ${cycleEdges}`);
