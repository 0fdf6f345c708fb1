import { describe, expect, it } from 'vitest';
import { parseOperationalChange } from '../../src/moderation/operational-settings';
import { parseCommand } from '../../src/teams/parse-command';

describe('the dip-sampling and live-incident commands', () => {
  it.each([
    ['sample 2%', { kind: 'sample', text: '2%' }],
    ['Sample off', { kind: 'sample', text: 'off' }],
    ['dip sampling', { kind: 'sample', text: '' }],
    ['operational', { kind: 'operational', text: '' }],
    ['operational card', { kind: 'operational', text: 'card' }],
    ['operational guidance use the control room', { kind: 'operational', text: 'guidance use the control room' }],
  ])('"%s"', (text, expected) => {
    expect(parseCommand(text)).toEqual(expected);
  });

  it('leaves questions that merely mention the words to the policy index', () => {
    expect(parseCommand('can I post operational updates about my team?').kind).toBe('question');
  });

  it.each([
    ['nudge', { mode: 'nudge' }],
    ['nudge and card', { mode: 'nudge_and_card' }],
    ['guidance "Use the control room or Airwave."', { guidance: 'Use the control room or Airwave.' }],
  ])('operational "%s"', (text, expected) => {
    expect(parseOperationalChange(text)).toEqual(expected);
  });

  it('rejects an unknown choice and a too-short guidance line with the syntax', () => {
    expect(parseOperationalChange('sometimes')).toHaveProperty('problem');
    expect(parseOperationalChange('guidance ok')).toHaveProperty('problem');
  });
});
