import { describe, expect, it } from 'vitest';
import { questionIntent } from '../../src/policy/question-intent';

/**
 * The speech act is read from the sentence that asks (fifteenth session). Sentences written for this test, about a
 * gardening club's rules, not taken from any dev set.
 */
describe('the sentence that asks', () => {
  it('a part opening with "or" belongs to the question before it', () => {
    expect(questionIntent('Is it fine for the club newsletter to print the results of the show... or is that not our job?').intent).toBe('permission');
    expect(questionIntent('allotment committee - can we have our own noticeboard - or is that not a thing for committees?').intent).toBe('permission');
    // A real choice still asks which holds.
    expect(questionIntent('Does the shed belong to the club - or is it the council\'s?').intent).toBe('info');
  });

  it('an abbreviation\'s full stop ends no sentence', () => {
    expect(questionIntent('Do the rules permit tools from outside, e.g. a borrowed mower, or is it club-kit-only?').intent).toBe('permission');
  });

  it('a wh-word in a statement before the question opens a relative clause', () => {
    expect(questionIntent('I want to pin the seed inventory on the board so members can see what is left. Fine?').intent).toBe('permission');
    expect(questionIntent('I pinned the inventory up. What is the deadline for orders?').intent).toBe('info');
  });

  it('a judgement of the act as the alternative asks for the verdict', () => {
    expect(questionIntent('Photos on the noticeboard. Fine, or same rule as leaflets?').intent).toBe('permission');
  });

  it('"might I" asks for permission', () => {
    expect(questionIntent('Might I bring my own compost bin to the plot?').intent).toBe('permission');
    expect(questionIntent('Might the show be cancelled if it rains?').intent).toBe('info');
  });

  it('judging the act as improper asks for the verdict, not what happens', () => {
    expect(questionIntent('Would it be considered bad form to sell my surplus courgettes at the gate?').intent).toBe('permission');
    expect(questionIntent('Is it frowned upon to water the plots after dark?').intent).toBe('permission');
    expect(questionIntent('Will the plots be inspected by the committee?').intent).toBe('info');
  });

  it('"why can\'t I" challenges a refusal and asks for the permission', () => {
    expect(questionIntent("Why can't I just put up my own greenhouse? The committee takes forever.").intent).toBe('permission');
    expect(questionIntent("Why can't visitors see the members' page?").intent).toBe('info');
    expect(questionIntent('Why do we need a key for the shed?').intent).toBe('info');
  });

  it('a wh-question or a choice followed by the asker\'s own request asks for the permission', () => {
    expect(questionIntent("Who builds the raised beds? Can't I just build mine myself").intent).toBe('permission');
    expect(questionIntent('Who waters the plots - me or the warden? And can I use the club hose?').intent).toBe('permission');
    expect(questionIntent('Who waters the plots? Can you tell me?').intent).toBe('info');
  });
});

describe('whether a rule exists on a wh-matter', () => {
  it('asks the wh-question itself, which no yes or no answers', () => {
    expect(questionIntent('The committee wants a shared inbox. Is there a rule on which address the club uses?').whOnly).toBe(true);
    expect(questionIntent('is there any guidance on how fast I answer a member?').whOnly).toBe(true);
    expect(questionIntent('Is there a rule about the noticeboard?').whOnly).toBe(false);
    expect(questionIntent('Is there any reason I can\'t use the hall?').whOnly).toBe(false);
  });
});

describe('a message labelled "Question:"', () => {
  it('opens its question after the label', () => {
    expect(questionIntent('Question: does the club insurance cover helpers at the fete?').intent).toBe('info');
    expect(questionIntent('Situation: the hall is double booked. Question: is the committee told?').intent).toBe('info');
    expect(questionIntent('Situation: the hall is double booked. Question: can we use the church instead?').intent).toBe('permission');
    // A bare topic after the label is still read as a plan put forward.
    expect(questionIntent('Question: the raffle on the club page').intent).toBe('permission');
  });
});

describe('a bare topic closed by repeated marks or an emoji', () => {
  it('is one question about what the policy says, not a plan', () => {
    // "??" and a closing emoji end the one question; they do not make the topic a message of two questions.
    expect(questionIntent('clubhouse = basically a pub?? 🤔').intent).toBe('info');
    expect(questionIntent('bar tab rules?!').intent).toBe('info');
    // Near misses: a bare "X on Y" still asks whether X may go there, and a real second question still counts.
    expect(questionIntent('match photos on the club page?? 🙏').intent).toBe('permission');
    expect(questionIntent('Can I? Is that ok?').intent).toBe('permission');
  });
});

describe('an echo question after a reported claim', () => {
  it('checks a claim of fact, as "is that right?" does, whatever sign-off follows', () => {
    expect(questionIntent('My neighbour says the clubhouse is basically a barn. Is it? Cheers').intent).toBe('info');
    expect(questionIntent('The captain said the boat needs a new seat. Does it? Ta').intent).toBe('info');
    // Near misses: a claim about what may be done still asks for the verdict, and a plan reported with "says" and judged
    // ("is that OK?") is still a request.
    expect(questionIntent('My coach said that is not allowed. Is it?').intent).toBe('permission');
    expect(questionIntent('Our cox says she can book the boat herself tonight. Is that OK?').intent).toBe('permission');
  });
});
