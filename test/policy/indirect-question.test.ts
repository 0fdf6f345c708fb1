import { describe, expect, it } from 'vitest';
import { directFormOfIndirectQuestion } from '../../src/policy/indirect-question';
import { questionIntent } from '../../src/policy/question-intent';

// A sports club's rules, in the writer's own sentences: an indirect question asks what its "whether / if" clause asks.
describe('indirect questions ("could you confirm whether ...", "the treasurer asked if ...")', () => {
  it('turns the "whether / if" clause back into the direct question, auxiliary first', () => {
    expect(directFormOfIndirectQuestion('Could you confirm whether the clubhouse is open on bank holidays?')).toBe('is the clubhouse open on bank holidays?');
    expect(directFormOfIndirectQuestion('The treasurer asked if the minutes are kept for a year.')).toBe('are the minutes kept for a year?');
    // No auxiliary in the clause: English asks it with "does" (the verb keeps its ending; stemming reads it the same).
    expect(directFormOfIndirectQuestion('Please confirm whether a junior member needs a parent to sign the form.')).toMatch(/^does a junior member needs? a parent/);
  });

  it('a fact asked about indirectly is a fact question, however polite or reported the frame', () => {
    expect(questionIntent('Could you confirm whether the clubhouse is open on bank holidays?').intent).toBe('info');
    expect(questionIntent('The treasurer asked whether a newsletter from him would reach every member or only his team.').intent).toBe('info');
    expect(questionIntent('Parents are asking if the summer camp is run by the club itself.').intent).toBe('info');
    expect(questionIntent('I should be grateful to know whether the kit store is insured.').intent).toBe('info');
    expect(questionIntent('Membership desk here: a caller asks if a locker key needs signing for?').intent).toBe('info');
  });

  it('a permission asked about indirectly is still a permission question, and reported speech speaks for the asker', () => {
    expect(questionIntent('Could you tell me whether I am able to bring a guest to the annual dinner?').intent).toBe('permission');
    expect(questionIntent('May I ask whether members are permitted to park on the grass?').intent).toBe('permission');
    // "they" in reported speech is the one asking: "can we use the hall on Sundays?".
    expect(questionIntent('My squad want to know whether they can use the hall on Sundays.').intent).toBe('permission');
    expect(questionIntent('The coach asked if he can put the fixtures on the club noticeboard.').intent).toBe('permission');
  });

  it('leaves alone a frame inside a plan already asked about, and a "whether" clause that only sets the scene', () => {
    // The "asking if" describes the notice the member means to put up: the request is "can I put up a notice".
    expect(directFormOfIndirectQuestion('Can I put a notice up asking if anyone has a spare racket?')).toBeUndefined();
    expect(directFormOfIndirectQuestion('Is it fine to ask the members whether they want a quiz night?')).toBeUndefined();
    expect(questionIntent('Can I put a notice up asking if anyone has a spare racket?').intent).toBe('permission');
    // The question comes after the clause: "can I just print some leaflets?".
    expect(directFormOfIndirectQuestion('Neighbours keep asking if we run a junior section. Can I just print some leaflets?')).toBeUndefined();
    // No "whether / if" clause at all, or a "whether" that is not the object of a frame.
    expect(directFormOfIndirectQuestion('Can we run a vote on whether the bar should open earlier?')).toBeUndefined();
    expect(directFormOfIndirectQuestion('Who do I ask if the boiler breaks?')).toBeUndefined();
  });
  it('a clause ending in the message\'s only "?" is the question, whatever remark or sign-off follows it', () => {
    // The writer's question mark shows where the question is: "I'm new here. Thanks" asks nothing.
    expect(directFormOfIndirectQuestion('Hi, could anyone tell me if I can bring my dog to training? I am new here. Thanks')).toBe('can i bring my dog to training?');
    expect(questionIntent('Hi, could anyone tell me if I can bring my dog to training? I am new here. Thanks').intent).toBe('permission');
    expect(questionIntent('Could you let me know whether the pavilion is insured? Our treasurer keeps asking. Cheers').intent).toBe('info');
    // Near misses: a later sentence that asks is the message's question, and a clause without its own "?" still only sets
    // the scene for what follows it.
    expect(directFormOfIndirectQuestion('Could you tell me if the pavilion is insured? Also, can I hire it for a party?')).toBeUndefined();
    expect(directFormOfIndirectQuestion('Members keep asking if we run a junior section. I will print some leaflets tonight.')).toBeUndefined();
  });
});
