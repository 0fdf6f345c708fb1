import { regexSamples } from '../test/detection/regex-samples';
import { STRONG_REQUEST } from '../src/detection/detectors/operational-use-vocabulary';
const s = regexSamples(STRONG_REQUEST);
console.log(s.length, s.filter((x) => /^(could|would|does)/.test(x)).slice(0, 5), s.filter((x) => x.includes('could')).slice(0,3));
