/** Dev-set aid: one TSV row per dev question with the refusal signals (for reading populations, not printed questions). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { askWithEncoder } from '../src/app/live-policy-index';
import { createPolicyIndex } from '../src/policy';
import { isCovered, parseLabelledQuestions } from '../src/policy/evaluate-answers';
import { encoderFor, loadBundledPolicy } from './lib/bundled-policy';
import { policyDevSetFiles } from './lib/policy-dev-sets';

const root = join(__dirname, '..');
async function main() {
  const files = policyDevSetFiles(root);
  const { doc, base } = await loadBundledPolicy(root);
  // QA_OPTS: extra index options as JSON, for trying a setting without editing the engine.
  const index = createPolicyIndex([doc], { ...base, ...(process.env.QA_OPTS ? JSON.parse(process.env.QA_OPTS) : {}) });
  const encoder = await encoderFor(root, index);
  const rows = ['set\tlabel\tanswer\tconf\tcites\tpNone\tlexAbst\tabst\tplainOut\tonSubj\toffTopic\tsure\tcov\tscore\tq'];
  for (const file of files) {
    const set = file.split('/').pop()!.replace('-questions.jsonl', '');
    for (const item of parseLabelledQuestions(readFileSync(file, 'utf8'))) {
      const a = await askWithEncoder(index, encoder, item.q);
      const s = index.abstentionSignals!(item.q);
      rows.push([set, isCovered(item) ? 'cov' : 'nc', a.verdict, a.confidence, a.citations.length, s.pNone?.toFixed(3), +s.lexicalAbstain, +s.abstain, +s.plainlyOutside, +s.onSubject, +s.offTopic, +s.lexicallySure, s.coverage.toFixed(2), s.score.toFixed(2), item.q].join('\t'));
    }
  }
  writeFileSync(process.argv[2] ?? '/tmp/rf/dump.tsv', rows.join('\n') + '\n');
}
void main().then(() => process.exit(0));
