import { describe, expect, it } from 'vitest';
import { scan } from '../../src/detection';
import { parseStatusCommand, resolveUseAction, suggestStatuses } from '../../src/status';

const deps = { scanner: { scan } };

describe('parseStatusCommand', () => {
  it.each(['status', 'Status', 'suggest a status', 'help me with my status', 'help with my status please', 'status ideas'])('%s -> prompt', (text) => {
    expect(parseStatusCommand(text)).toEqual({ kind: 'prompt' });
  });

  it('reads a topic after "status"', () => {
    expect(parseStatusCommand('status working on the new rota for response')).toEqual({ kind: 'suggest', topic: 'working on the new rota for response' });
  });

  it.each([
    ['check status "Attending the NPCC conference"', 'Attending the NPCC conference'],
    ['check my status: Working on the ASB plan', 'Working on the ASB plan'],
    ['Check status “Reviewing the rota”', 'Reviewing the rota'],
  ])('%s -> check', (text, draft) => {
    expect(parseStatusCommand(text)).toEqual({ kind: 'check', draft });
  });

  it.each(['can I post photos?', 'what is the policy on status?', ''])('%s -> undefined', (text) => {
    expect(parseStatusCommand(text)).toBeUndefined();
  });
});

describe('resolveUseAction', () => {
  it('recomputes the chosen suggestion from topic, intent and variant', () => {
    const result = suggestStatuses({ topic: 'ASB plan for cannock, need help!!', variant: 2 }, deps);
    if (result.kind !== 'suggestions') throw new Error('expected suggestions');
    for (const index of [0, 1, 2]) {
      expect(resolveUseAction({ verb: 'status.use', index, topic: result.topic, intent: result.intent, variant: 2 }, deps)).toEqual({ ok: true, text: result.suggestions[index] });
    }
  });

  it('never echoes suggestion text sent by the client', () => {
    const res = resolveUseAction({ index: 0, topic: 'the burglary project', intent: 'share_progress', variant: 0, suggestion: 'ring me on 07700 900123' }, deps);
    expect(res.ok && res.text).toBe("Making progress on the burglary project. Happy to share what we've learned so far.");
  });

  it('re-checks a rewrite before echoing it', () => {
    expect(resolveUseAction({ rewrite: 'Working on the ASB plan.' }, deps)).toEqual({ ok: true, text: 'Working on the ASB plan.' });
    expect(resolveUseAction({ rewrite: 'Working on the ASB plan, ring me on 07700 900123' }, deps).ok).toBe(false);
    expect(resolveUseAction({ rewrite: 'Off to Spain for 2 weeks' }, deps).ok).toBe(false);
  });

  it.each([null, 'text', { index: 5, topic: 'rota' }, { index: 0, topic: 'rota', intent: 'gossip' }, { index: 0, topic: 'call me on 07700 900123' }, {}])(
    'rejects bad data %#',
    (data) => {
      const res = resolveUseAction(data, deps);
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.message).toMatch(/new suggestions/);
    },
  );
});
