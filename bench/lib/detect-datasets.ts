/** Data loading for the detection benchmark: our labelled corpus and the optional Presidio synthetic set. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelledPost } from '../../src/detection/evaluation';

export const CORPUS = join(__dirname, '../../test/fixtures/staff-posts.jsonl');
export const PRESIDIO = join(__dirname, '../../../shared/benchmarks/presidio-synth-v2.json');

/** Presidio entity types scored, mapped to ours. */
export const PRESIDIO_TYPES: Record<string, string> = {
  CREDIT_CARD: 'payment_card',
  EMAIL_ADDRESS: 'email',
  IBAN_CODE: 'iban',
  IP_ADDRESS: 'ip_address',
  PHONE_NUMBER: 'phone',
  PERSON: 'person_name',
  STREET_ADDRESS: 'address',
};

export function loadCorpus(file = CORPUS): LabelledPost[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledPost);
}

interface PresidioRecord {
  full_text: string;
  spans: Array<{ entity_type: string; entity_value: string; start_position: number; end_position: number }>;
}

/** Presidio records as labelled posts (only the mapped entity types), or undefined when the file is absent. */
export function loadPresidio(file = PRESIDIO): LabelledPost[] | undefined {
  if (!existsSync(file)) return undefined;
  const records = JSON.parse(readFileSync(file, 'utf8')) as PresidioRecord[];
  return records.map((r) => ({
    text: r.full_text,
    expect: r.spans
      .filter((s) => PRESIDIO_TYPES[s.entity_type])
      .map((s) => ({ type: PRESIDIO_TYPES[s.entity_type], value: r.full_text.slice(s.start_position, s.end_position) })),
  }));
}

/** Posts of roughly `target` characters, made by joining corpus posts in order (so content stays realistic). */
export function postsOfLength(corpus: readonly LabelledPost[], target: number, count: number): string[] {
  const out: string[] = [];
  let i = 0;
  while (out.length < count) {
    let s = '';
    while (s.length < target) s += (s ? ' ' : '') + corpus[i++ % corpus.length].text;
    out.push(s);
  }
  return out;
}
