import { describe, expect, it } from 'vitest';
import { classifyNotWork, cleanTopicText } from '../../src/status';

describe('cleanTopicText', () => {
  it.each([
    ['wrkng on the new rota 4 response lol', 'working on the new rota for response'],
    ['ASB plan for cannock, need help!!', 'ASB plan for Cannock, need help!'],
    ['um basically just finishing the custody audit atm 😅', 'finishing the custody audit'],
    ['op falcon briefing tmrw 👍👍', 'Op Falcon briefing tomorrow'],
    ['so yeah, reviewing the PACE stuff and that...', 'reviewing the PACE stuff'],
    ['REVIEWING THE ASB PLAN FOR NPT', 'reviewing the ASB plan for NPT'],
    ['need 4 officers for the op order briefing', 'need 4 officers for the op order briefing'],
    ['going 2 the npcc conference :) xx', 'going to the NPCC conference'],
    ['working on it', 'working on it'],
    ['#OpFalcon prep & planning', 'OpFalcon prep and planning'],
  ])('%s -> %s', (input, expected) => {
    expect(cleanTopicText(input)).toBe(expected);
  });
});

describe('classifyNotWork', () => {
  it.each([
    ['Working on the family liaison rota'],
    ['mental health street triage pilot'],
    ['health and safety audit of the custody suite'],
    ['Sorting the annual leave rota'],
    ['Bank holiday policing plan for Stoke'],
    ['Hospital watch rota for response'],
    ['Attending the NPCC conference in London from Monday'],
    ['Op Falcon planning'],
    ['Missing children protocol review'],
    ['Domestic abuse training for LPT'],
  ])('work: %s', (text) => {
    expect(classifyNotWork(text)).toBeUndefined();
  });

  it.each([
    ['Off to Spain for 2 weeks', 'holiday'],
    ['two weeks off from Friday', 'holiday'],
    ['Looking forward to my holiday', 'holiday'],
    ["I'm in Spain for two weeks from Saturday", 'whereabouts'],
    ["We'll be away until the 14th", 'whereabouts'],
    ['My wife is expecting', 'family'],
    ["It's our anniversary", 'family'],
    ['Having an operation on Tuesday', 'health'],
    ['Signed off sick this week', 'health'],
    ['dentist appointment at 2', 'health'],
  ])('not work: %s -> %s', (text, reason) => {
    const verdict = classifyNotWork(text);
    expect(verdict?.reason).toBe(reason);
    expect(verdict?.message).toMatch(/everyone/i);
  });
});
