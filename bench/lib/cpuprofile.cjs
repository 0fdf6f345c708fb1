// Reads a V8 .cpuprofile for profile-top.cjs and profile-split.cjs: the nodes by id, each node's parent, and a label
// per node (function name, then its file under src/, dist/src/ or node_modules/, and line).
'use strict';
const { readFileSync } = require('node:fs');

function readProfile(file, nameWidth = Infinity) {
  const p = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n) => {
    const f = n.callFrame;
    const where = f.url ? f.url.replace(/^.*\/(src|dist\/src|node_modules)\//, '$1/') : '';
    return `${(f.functionName || '(anonymous)').slice(0, nameWidth)} ${where}:${f.lineNumber + 1}`;
  };
  return { p, byId, parent, label };
}

module.exports = { readProfile };
