import { regexSamples } from '../test/detection/regex-samples';
import * as V from '../src/detection/detectors/operational-use-vocabulary';
for (const name of ['STRONG_REQUEST', 'ACTION_ASK', 'INFO_ASK', 'UNFOLDING', 'SCENE', 'NAMED_INCIDENT', 'RESOURCE', 'GENERAL_INCIDENT', 'NOW', 'ON_CALL', 'ON_CALL_COVER', 'DUTY_ROLE', 'URGENT']) {
  const re = (V as any)[name] as RegExp;
  const plain = new RegExp(re.source, re.flags.replace('g', ''));
  const firsts = new Set<string>();
  for (const s of regexSamples(re)) {
    const m = plain.exec(s);
    if (!m) continue;
    const t = s.slice(m.index);
    const w = /^[a-z]+|^\d|^./.exec(t)![0];
    firsts.add(/^\d/.test(w) ? 'DIGIT' : w);
  }
  console.log(name, [...firsts].sort().join(' '));
}
