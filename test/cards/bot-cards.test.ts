import { describe, expect, it } from 'vitest';
import { answerCard } from '../../src/cards/answer-card';
import { answersReviewCard } from '../../src/cards/answers-review-card';
import { flagCard } from '../../src/cards/flag-card';
import { HELP_ENTRIES, helpCard, welcomeCard } from '../../src/cards/help-card';
import { commandHandlers } from '../../src/teams/commands';
import { posterNoticeCard } from '../../src/cards/poster-notice-card';
import { psdEscalationCard } from '../../src/cards/psd-escalation-card';
import { sectionCard } from '../../src/cards/section-card';
import { settingsCard } from '../../src/cards/settings-card';
import type { Answer } from '../../src/policy';
import type { Flag } from '../../src/moderation/flag';
import { expectValidAdaptiveCard } from '../support/adaptive-card-schema';

const citation = { clauseId: '5.g2', section: '5', sectionTitle: 'Yammer', text: 'Staff should not use their status to publish personal information, as all employees are able to see all updates.' };

const answer: Answer = {
  verdict: 'not_allowed',
  confidence: 0.82,
  citations: [citation],
  answer: 'No. The policy says staff should not publish personal information in their status.',
  expiryNote: 'This policy is marked as expired.',
  contact: 'Web Communications Team on extension 2270',
};

const flag: Flag = {
  id: 'F-7K2M9QXD', source: 'scan', conversationId: '19:c@thread.tacv2', messageId: '1732398112345', channelId: '19:c@thread.tacv2', channelName: 'General [chat]', teamId: '19:t@thread.tacv2',
  deepLink: 'https://teams.microsoft.com/l/message/19%3Ac%40thread.tacv2/1732398112345', posterId: 'aad-1', posterName: 'Sam *Example*',
  findings: [{ type: 'phone', maskedValue: '07700 9•••23', severity: 'medium', confidence: 0.95, rule: 'phone.libphonenumber', policyTopic: 'personal_information' }],
  detectionTypes: ['phone'], state: 'open', reporterId: null, reporterName: null, reportReason: null, escalationReason: null, appealReason: null, dismissReason: null,
  lastActorId: null, lastActorName: null, createdAt: new Date('2026-11-23T21:41:52Z'), updatedAt: new Date('2026-11-23T21:41:52Z'), firstActionAt: null, resolvedAt: null, resolvedBy: null, version: 1, cardOutboxId: 1, cardActivityId: null,
};

function texts(card: unknown): string {
  return JSON.stringify(card);
}

describe('card builders', () => {
  const section = { id: '5', title: 'Yammer', clauses: [{ id: '5.g2', sectionId: '5', sectionTitle: 'Yammer', kind: 'bullet' as const, text: citation.text, documentId: 'd' }] };
  const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

  it('answer card: verdict in words, the clause once, the section in place, OSDG explained, feedback actions', () => {
    const card = answerCard({ question: 'can I post my address', answer: { ...answer, answer: `No. Section 5 of the policy says: "${citation.text}"`, expiryNote: 'Note: this policy is marked as expired; check with OSDG, the department that owns this policy, for the current version.' }, section });
    expectValidAdaptiveCard(card);
    const json = texts(card);
    expect(json).toContain('Not allowed');
    expect(json).toContain('section 5');
    expect(json).toContain('OSDG, the department that owns this policy');
    // Once in the quote, once in the hidden whole section, once in the notification fallback text: never twice in the visible answer.
    expect(count(json, citation.text)).toBe(3);
    const actions = card.actions ?? [];
    expect(actions.map((a) => a.type)).toEqual(['Action.ToggleVisibility', 'Action.Execute', 'Action.Execute']);
    expect(actions.slice(1).map((a) => (a.data as { helpful?: boolean }).helpful)).toEqual([true, false]);
  });

  it('not-covered answer: the contact sentence once, no section action', () => {
    const text = 'The policy does not cover that. For enquiries regarding this policy, please contact the Web Communications Team on extension 2270.';
    const card = answerCard({ question: 'overtime?', answer: { ...answer, verdict: 'not_covered', citations: [], answer: text } });
    expectValidAdaptiveCard(card);
    expect(texts(card)).toContain('Not covered by the policy');
    expect(count(texts(card), 'extension 2270')).toBe(2); // the text and the fallback text, nowhere else
    expect((card.actions ?? []).some((a) => a.type === 'Action.ToggleVisibility')).toBe(false);
  });

  it('an answer from a header line (owner, expiry, contact) is attributed to the header, not a numbered section', () => {
    const owner = { clauseId: 'header.owner', section: 'header', sectionTitle: 'Policy owner', text: 'NOT PROTECTIVELY MARKED Policy owned by OSDG' };
    const card = answerCard({ question: 'policy owner?', answer: { ...answer, verdict: 'info', citations: [owner], answer: `The policy's header says: "${owner.text}"` } });
    expectValidAdaptiveCard(card);
    expect(texts(card)).toContain('Social media policy, header: Policy owner');
    expect(texts(card)).toContain('Header: \\"NOT PROTECTIVELY MARKED');
    expect(texts(card)).not.toContain('section header');
  });

  it('conditional answers say what the condition is', () => {
    const card = answerCard({ question: 'can we have a ward page', answer: { ...answer, verdict: 'conditional', condition: 'it must be set up by the Web Communications Team' } });
    expectValidAdaptiveCard(card);
    expect(texts(card)).toContain('Yes, with a condition: it must be set up by the Web Communications Team.');
  });

  it('unsure answers offer up to three "Did you mean..." choices, each opening its answer; feedback states keep the answer', () => {
    const alt = { clauseId: '5.b12', section: '5', sectionTitle: 'Yammer', text: 'only photographs of the specific employee can be used' };
    const unsure = { ...answer, confidence: 0.3, alternatives: [alt] };
    const card = answerCard({ question: 'pics?', answer: unsure, alternatives: [{ ...answer, citations: [alt] }] });
    expectValidAdaptiveCard(card);
    expect(texts(card)).toContain('Did you mean');
    expect(texts(card)).toContain('Action.ShowCard');
    for (const feedback of ['helpful', 'choose', 'chosen'] as const) {
      const next = answerCard({ question: 'pics?', answer: unsure, alternatives: [{ ...answer, citations: [alt] }], feedback });
      expectValidAdaptiveCard(next);
      expect(texts(next)).toContain(citation.text);
    }
    const choose = answerCard({ question: 'pics?', answer: unsure, feedback: 'choose' });
    expect(texts(choose)).toContain('None of these');
    expect((choose.actions ?? []).map((a) => a.verb)).toEqual(['policy.choose']);
  });

  it('an unsure fact answer introduces its clause once; a sure one and an unsure verdict keep their lead', () => {
    const info: Answer = { ...answer, verdict: 'info', answer: 'The policy says this.' };
    const lead = 'Here is what the policy says.';
    // The card's body, not its fallbackText (a one-line summary for clients that cannot render cards).
    expect(count(texts(answerCard({ question: 'who runs it', answer: { ...info, confidence: 0.3 } }).body), lead)).toBe(0);
    expect(texts(answerCard({ question: 'who runs it', answer: { ...info, confidence: 0.3 } }))).toContain('This is the closest part of the policy');
    expect(count(texts(answerCard({ question: 'who runs it', answer: { ...info, confidence: 0.9 } }).body), lead)).toBe(1);
    expect(texts(answerCard({ question: 'can I', answer: { ...answer, confidence: 0.3 } }))).toContain('No, the policy does not allow this.');
  });

  it('answers review card lists masked questions with approve/reject', () => {
    const card = answersReviewCard(
      [{ id: 7, questionMasked: 'can I post [PHONE]', offeredClauseIds: ['5.g2'], chosenClauseId: '5.g2', status: 'pending', createdAt: new Date('2026-11-29T20:00:00Z'), decidedAt: null, decidedBy: null, source: 'feedback' }],
      () => section.clauses[0],
    );
    expectValidAdaptiveCard(card);
    expect(texts(card)).toContain('Approve');
    expectValidAdaptiveCard(answersReviewCard([], () => undefined));
  });

  it('help, welcome, thanks and section cards are valid', () => {
    for (const card of [helpCard(), helpCard({ isAdmin: true, isPsd: true }), welcomeCard()]) expectValidAdaptiveCard(card);
    expectValidAdaptiveCard(sectionCard(section, '5.g2', undefined));
    expect(texts(helpCard({ isAdmin: true }))).toContain('watch');
    expect(texts(helpCard())).not.toContain('set moderators');
  });

  it('help lists every command the bot understands, each under the role that can use it', () => {
    const listed = HELP_ENTRIES.flatMap((entry) => entry.commands);
    expect(Object.keys(commandHandlers).filter((kind) => !listed.includes(kind))).toEqual([]);
    expect(listed.filter((kind) => !(kind in commandHandlers))).toEqual([]);
    const everyone = texts(helpCard());
    const moderator = texts(helpCard({ isModerator: true }));
    expect(moderator).toContain('**queue**');
    expect(everyone).not.toContain('queue');
    for (const word of ['sample', 'operational', 'answers review', 'settings', 'grant moderator']) expect(texts(helpCard({ isAdmin: true }))).toContain(word);
    expect(texts(helpCard({ isPsd: true }))).toContain('export csv');
    const all = helpCard({ isAdmin: true, isModerator: true, isPsd: true });
    expectValidAdaptiveCard(all);
    for (const title of ['Everyone', 'Moderators', 'Admins', 'Professional Standards']) expect(texts(all)).toContain(`**${title}**`);
  });

  it('flag card: masked values only, clause quoted, actions for an open flag, refresh for moderators', () => {
    const card = flagCard({ flag, maskedSnippet: 'ring me on 07700 9•••23', clauses: [citation], posterHistory: { confirmed: 1, open: 1 }, notes: [], refreshUserIds: ['29:mod'] });
    expectValidAdaptiveCard(card);
    const json = texts(card);
    expect(json).not.toContain('07700 900123');
    expect(json).toContain('07700 9•••23');
    expect(json).toContain('Sam \\\\*Example\\\\*');
    expect(json).toContain(citation.text);
    expect(card.refresh?.userIds).toEqual(['29:mod']);
    expect(JSON.stringify(card.actions)).toContain('flag.confirm');
    expect(JSON.stringify(card.actions)).toContain('flag.escalate');
  });

  it('a resolved flag card offers no decision buttons and says who acted', () => {
    const card = flagCard({ flag: { ...flag, state: 'dismissed', lastActorName: 'Riley', dismissReason: 'False positive' }, clauses: [], posterHistory: { confirmed: 0, open: 1 }, notes: [], refreshUserIds: [] });
    expectValidAdaptiveCard(card);
    expect(texts(card)).toContain('Dismissed');
    expect(texts(card)).toContain('Riley');
    expect(JSON.stringify(card.actions)).not.toContain('flag.confirm');
    expect(card.refresh?.userIds).toBeUndefined();
    expect(texts(card)).toContain('retention');
  });

  it('poster notice and PSD escalation cards are valid; only the PSD card carries the raw text', () => {
    const notice = posterNoticeCard(flag, [citation]);
    expectValidAdaptiveCard(notice);
    expect(JSON.stringify(notice.actions)).toContain('poster.appeal');
    expectValidAdaptiveCard(posterNoticeCard(flag, [citation], 'fixed'));
    const psd = psdEscalationCard({ flag: { ...flag, state: 'escalated', escalationReason: 'Third time' }, postText: 'ring me on 07700 900123', clauses: [citation], history: [], posterHistory: { confirmed: 2, open: 1 } });
    expectValidAdaptiveCard(psd);
    expect(texts(psd)).toContain('07700 900123');
    expect(texts(notice)).not.toContain('07700 900123');
  });

  it('settings card lists channels, roles, detectors and delivery health', () => {
    const card = settingsCard({
      watched: [{ channelId: '19:c', teamId: 't', name: 'General', conversationRef: { serviceUrl: 'https://x/', conversationId: '19:c', channelId: 'msteams' }, watchedBy: 'a', watchedAt: new Date() }],
      roleHolders: [{ userId: '6b1d3c0e-0000', role: 'admin', name: null, source: 'configuration' }, { userId: '6b1d3c0e-0001', role: 'psd', name: 'Pat Standards', source: 'granted' }],
      detectorToggles: { phone: false },
      delivery: { pending: 1, sent: 2, failed: 0, oldestPendingAgeMs: 1500 },
      recentFailures: [],
    });
    expectValidAdaptiveCard(card);
    const json = texts(card);
    expect(json).toContain('settings.unwatch');
    // Human names, grouped; no raw codes such as "nino" or "pnc id"; no truncated object ids.
    expect(json).toContain('Phone number: **Off**');
    expect(json).toContain('National Insurance number: **On**');
    expect(json).toMatch(/Personal information.*Operational information.*Files/s);
    expect(json).not.toMatch(/"text":"[^"]*(\bnino\b|pnc id|6b1d3c0e…)/);
    expect(json).toContain('Pat Standards (granted in Teams)');
    // Turning off asks first: the only settings.detector action that disables sits behind a confirmation ShowCard.
    const offActions = [...json.matchAll(/"title":"Yes, turn off","verb":"settings.detector"/g)];
    expect(offActions.length).toBeGreaterThan(10);
    expect(json).toContain('Turn off…');
    expect(json).toContain('Oldest pending');
  });
});
