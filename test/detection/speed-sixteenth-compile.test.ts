import { describe, expect, it } from 'vitest';
import { COMPILE_SUBJECT, StartGated } from '../../src/detection/start-gated';
import { ACTION_AT, INFO_AT, NAMED_AT, RESOURCE_AT, SCENE_AT, STRONG_AT, UNFOLDING_AT } from '../../src/detection/detectors/operational-use-starts';
import { CASE_WORK_AT } from '../../src/detection/detectors/name-positions';
import { OPERATIONAL_AT } from '../../src/detection/detectors/case-words';

/**
 * Sixteenth session (speed): a start-gated regex's first use runs it once on a 1,000-character subject, so V8 compiles
 * machine code at once instead of bytecode first. That run must find nothing and change no later answer.
 */
const GATED = { STRONG_AT, ACTION_AT, INFO_AT, UNFOLDING_AT, SCENE_AT, NAMED_AT, RESOURCE_AT, CASE_WORK_AT, OPERATIONAL_AT };

describe('start-gated regexes compiled at their first use', () => {
  it('uses a subject long enough for V8 to compile machine code at once', () => {
    expect(COMPILE_SUBJECT.length).toBeGreaterThanOrEqual(1000);
    expect(COMPILE_SUBJECT.trim()).toBe('');
  });

  it('finds nothing in the compile run: no gated regex matches at the start of the spaces', () => {
    for (const [name, g] of Object.entries(GATED)) {
      const re = new RegExp(g.sticky.source, g.sticky.flags);
      re.lastIndex = 0;
      expect(re.exec(COMPILE_SUBJECT), name).toBeNull();
    }
  });

  it('answers as the plain regex does after the compile run, for a request and for a near miss', () => {
    const plain = /\b(?:need|send) (?:more|another) (?:units?|cars?)\b/;
    const gated = new StartGated(plain, 'unused');
    const ask = 'control, please send another car to the car park';
    const sticky = gated.ready();
    expect(sticky).toBe(gated.sticky);
    expect(sticky.lastIndex).toBe(0);
    const at = ask.indexOf('send');
    sticky.lastIndex = at;
    expect(sticky.exec(ask)?.[0]).toBe(plain.exec(ask)?.[0]);
    // Ready twice is the same regex, and a clean sentence with the same words in another order still finds nothing.
    expect(gated.ready()).toBe(sticky);
    const clean = 'we never send cars to another force';
    sticky.lastIndex = clean.indexOf('send');
    expect(sticky.exec(clean)).toBeNull();
    expect(plain.exec(clean)).toBeNull();
  });
});
