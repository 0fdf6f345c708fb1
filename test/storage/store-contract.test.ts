/** Contract tests for every repository except the outbox, on every adapter (see test-store.ts). */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/moderation/flag';
import type { ConversationRef } from '../../src/ports/messenger';
import { FLAG_ID_PATTERN } from '../../src/storage/flag-id';
import { FakeClock } from '../delivery/fake-time';
import { storageContractAdapters, useTestStore } from '../support/test-store';

const ref: ConversationRef = {
  serviceUrl: 'https://smba.trafficmanager.net/uk/', conversationId: '19:abc@thread.tacv2', channelId: 'msteams', tenantId: 't1',
};
const finding: Finding = { type: 'phone', maskedValue: '07*** ***123', severity: 'high', confidence: 0.9, rule: 'uk-mobile' };
const newFlag = (over: Record<string, unknown> = {}) => ({
  source: 'scan' as const, conversationId: 'c1', messageId: 'm1', channelId: 'ch1', channelName: 'General',
  teamId: 'team1', posterId: 'u1', posterName: 'Pat', findings: [finding], ...over,
});
const day = 86_400_000;

describe.each(storageContractAdapters)('store contract (%s)', (adapter) => {
  const clock = new FakeClock('2026-03-01T12:00:00Z');
  const t = useTestStore(adapter, { clock });

  it('ping works and settings round-trip typed JSON', async () => {
    const { store } = t();
    await store.ping();
    expect(await store.settings.get('missing')).toBeUndefined();
    await store.settings.set('moderators', { ref, list: [1, 2] }, 'admin1');
    expect(await store.settings.get('moderators')).toEqual({ ref, list: [1, 2] });
    await store.settings.set('moderators', ['x']);
    expect(await store.settings.get('moderators')).toEqual(['x']);
    expect(await store.settings.delete('moderators')).toBe(true);
    expect(await store.settings.get('moderators')).toBeUndefined();
  });

  it('watched channels: watch is an upsert, unwatch/isWatched/list', async () => {
    const { store } = t();
    expect(await store.watchedChannels.watch({ channelId: 'ch1', teamId: 'team1', name: 'General', conversationRef: ref, watchedBy: 'a1' })).toBe(true);
    expect(await store.watchedChannels.watch({ channelId: 'ch1', teamId: 'team1', name: 'Renamed', conversationRef: ref, watchedBy: 'a2' })).toBe(false);
    await store.watchedChannels.watch({ channelId: 'ch2', teamId: 'team1', name: 'Another', conversationRef: ref, watchedBy: 'a1' });
    expect(await store.watchedChannels.isWatched('ch1')).toBe(true);
    const ch1 = await store.watchedChannels.get('ch1');
    expect(ch1).toMatchObject({ name: 'Renamed', watchedBy: 'a1', conversationRef: ref });
    expect(ch1?.watchedAt).toEqual(clock.now());
    expect((await store.watchedChannels.list()).map((c) => c.channelId)).toEqual(['ch2', 'ch1']);
    expect(await store.watchedChannels.unwatch('ch1')).toBe(true);
    expect(await store.watchedChannels.unwatch('ch1')).toBe(false);
    expect(await store.watchedChannels.isWatched('ch1')).toBe(false);
  });

  it('roles: grant/revoke/list/rolesOf', async () => {
    const { store } = t();
    expect(await store.roles.grant({ userId: 'u1', role: 'moderator', name: 'Pat', grantedBy: 'a1' })).toBe(true);
    expect(await store.roles.grant({ userId: 'u1', role: 'moderator', grantedBy: 'a1' })).toBe(false);
    await store.roles.grant({ userId: 'u1', role: 'psd', grantedBy: 'a1' });
    await store.roles.grant({ userId: 'u2', role: 'admin', grantedBy: 'bootstrap' });
    expect(await store.roles.rolesOf('u1')).toEqual(['moderator', 'psd']);
    expect((await store.roles.list('moderator')).map((r) => [r.userId, r.name])).toEqual([['u1', 'Pat']]);
    expect(await store.roles.list()).toHaveLength(3);
    expect(await store.roles.revoke('u1', 'psd')).toBe(true);
    expect(await store.roles.revoke('u1', 'psd')).toBe(false);
    expect(await store.roles.rolesOf('u1')).toEqual(['moderator']);
    await expect(store.roles.grant({ userId: 'u3', role: 'owner' as never, grantedBy: 'x' })).rejects.toThrow();
  });

  it('conversation refs: upsert/get', async () => {
    const { store } = t();
    expect(await store.conversationRefs.get('user:u1')).toBeUndefined();
    await store.conversationRefs.upsert('user:u1', ref);
    await store.conversationRefs.upsert('user:u1', { ...ref, conversationId: 'a:1' });
    expect(await store.conversationRefs.get('user:u1')).toEqual({ ...ref, conversationId: 'a:1' });
  });

  it('posts: one row per post; edits and deletions update it; counts by period', async () => {
    const { store } = t();
    const base = { conversationId: 'c1', messageId: 'm1', channelId: 'ch1', teamId: 'team1', posterId: 'u1' };
    const first = await store.posts.recordScan({ ...base, flagged: true });
    expect(first.created).toBe(true);
    clock.advance(60_000);
    const again = await store.posts.recordScan({ ...base, flagged: false, edited: true });
    expect(again.created).toBe(false);
    expect(again.post).toMatchObject({ flagged: true, edited: true, deleted: false });
    expect(again.post.lastScannedAt.getTime() - again.post.scannedAt.getTime()).toBe(60_000);
    expect(await store.posts.markDeleted('c1', 'm1')).toBe(true);
    expect(await store.posts.markDeleted('c1', 'nope')).toBe(false);
    await store.posts.recordScan({ ...base, messageId: 'm2', channelId: 'ch2', flagged: false });
    const period = { from: new Date(clock.ms() - day), to: new Date(clock.ms() + day) };
    expect(await store.posts.counts(period)).toEqual({ scanned: 2, flagged: 1, edited: 1, deleted: 1 });
    expect(await store.posts.counts(period, 'ch2')).toEqual({ scanned: 1, flagged: 0, edited: 0, deleted: 0 });
    expect(await store.posts.countsByChannel(period)).toEqual([
      { channelId: 'ch1', scanned: 1, flagged: 1, edited: 1, deleted: 1 },
      { channelId: 'ch2', scanned: 1, flagged: 0, edited: 0, deleted: 0 },
    ]);
    expect(await store.posts.counts({ from: new Date(clock.ms() + 1), to: new Date(clock.ms() + day) })).toMatchObject({ scanned: 0 });
    expect(await store.posts.get('c1', 'm1')).toMatchObject({ deleted: true, posterId: 'u1' });
  });

  it('posts: recordNewPost writes a post once; recordScanOnce records an edit once per delivery', async () => {
    const { store } = t();
    const scan = { conversationId: 'c1', messageId: 'm1', channelId: 'ch1', teamId: 'team1', posterId: 'u1', flagged: false };
    expect(await store.posts.recordNewPost(scan)).toBe(true);
    expect(await store.posts.recordNewPost({ ...scan, flagged: true })).toBe(false); // a redelivery writes nothing
    expect(await store.posts.get('c1', 'm1')).toMatchObject({ flagged: false, edited: false });
    clock.advance(1000);
    expect(await store.posts.recordScanOnce('edit:m1:1', { ...scan, flagged: true, edited: true })).toBe(true);
    expect(await store.posts.recordScanOnce('edit:m1:1', { ...scan, flagged: true, edited: true })).toBe(false);
    expect(await store.posts.get('c1', 'm1')).toMatchObject({ flagged: true, edited: true });
  });

  it('flag intake: one statement writes the scan, flag, action, text, poster reference and card; a redelivery writes nothing', async () => {
    const { store } = t();
    const scan = { conversationId: 'c1', messageId: 'm1', channelId: 'ch1', teamId: 'team1', posterId: 'u1', flagged: true, at: clock.now() };
    const earlier = await store.flags.create(newFlag({ messageId: 'm0' })); // the poster's earlier flag
    const card = { conversationRef: { ...ref, conversationId: '19:mods' } };
    const posterRef = { key: 'user:u1', ref: { ...ref, conversationId: '' } };
    const input = { scan, flag: newFlag(), actionReason: 'phone', content: { text: 'ring 07700 900123', fileNames: ['a.pdf'] }, posterRef, card };

    const first = await store.flagIntake.recordFlaggedPost(input);
    expect(first.claimed).toBe(true);
    const flagId = first.created!.flagId;
    const flag = await store.flags.get(flagId);
    expect(flag).toMatchObject({ state: 'open', version: 1, posterId: 'u1', detectionTypes: ['phone'], cardOutboxId: first.created!.cardOutboxId });
    expect(await store.posts.get('c1', 'm1')).toMatchObject({ flagged: true });
    expect((await store.flagActions.listForFlag(flagId)).map((a) => [a.action, a.reason])).toEqual([['flagged', 'phone']]);
    expect(await store.postContent.get(flagId)).toMatchObject({ text: 'ring 07700 900123', fileNames: ['a.pdf'] });
    expect(await store.conversationRefs.get('user:u1')).toEqual(posterRef.ref);
    const queued = await store.outbox.get(first.created!.cardOutboxId!);
    expect(queued).toMatchObject({ flagId, purpose: 'flag_card', status: 'pending', dedupeKey: `flag-card:${flagId}` });
    // The card is queued as a message naming the flag (rendered at delivery), not as card JSON.
    expect(queued).toMatchObject({ message: { kind: 'flag_card', flagId }, activity: null, conversationRef: card.conversationRef });

    expect(await store.flagIntake.recordFlaggedPost(input)).toEqual({ claimed: false, created: undefined });
    expect(await store.flags.countForPoster('u1', new Date(0))).toBe(2);
    expect(earlier.created).toBe(true);
  });

  it('flag intake: an edit is claimed by its delivery key; a post already flagged gets no second flag; a real 1:1 chat is kept', async () => {
    const { store } = t();
    const chat = { ...ref, conversationId: 'a:1:1chat' };
    await store.conversationRefs.upsert('user:u1', chat);
    const scan = { conversationId: 'c1', messageId: 'm1', channelId: 'ch1', teamId: 'team1', posterId: 'u1', flagged: false };
    await store.posts.recordNewPost(scan); // posted clean
    const edit = { deliveryKey: 'edit:m1:1', scan: { ...scan, flagged: true, edited: true }, flag: newFlag(), actionReason: 'phone', content: { text: 'now 07700 900123', fileNames: [] }, posterRef: { key: 'user:u1', ref: { ...ref, conversationId: '' } } };
    const flagged = await store.flagIntake.recordFlaggedPost(edit);
    expect(flagged.claimed).toBe(true);
    expect(flagged.created?.cardOutboxId).toBeNull(); // no moderators' channel yet: no card
    expect(await store.posts.get('c1', 'm1')).toMatchObject({ flagged: true, edited: true });
    expect(await store.conversationRefs.get('user:u1')).toEqual(chat);
    const again = await store.flagIntake.recordFlaggedPost({ ...edit, deliveryKey: 'edit:m1:2' });
    expect(again).toEqual({ claimed: true, created: undefined });
    expect((await store.flags.listByPeriod({ from: new Date(0), to: new Date(clock.ms() + day) })).length).toBe(1);
  });

  it('flags: create is idempotent on the post key for scans, not for reports', async () => {
    const { store } = t();
    const a = await store.flags.create(newFlag());
    expect(a.created).toBe(true);
    expect(a.flag.id).toMatch(FLAG_ID_PATTERN);
    expect(a.flag).toMatchObject({ state: 'open', version: 1, findings: [finding], detectionTypes: ['phone'], cardActivityId: null });
    const b = await store.flags.create(newFlag({ posterName: 'other' }));
    expect(b).toEqual({ flag: a.flag, created: false });
    const r1 = await store.flags.create(newFlag({ source: 'report', reporterId: 'u9', reportReason: 'has a phone number' }));
    const r2 = await store.flags.create(newFlag({ source: 'report', reporterId: 'u8' }));
    expect(r1.created && r2.created).toBe(true);
    expect(r1.flag.id).not.toBe(r2.flag.id);
    expect(await store.flags.get(a.flag.id)).toEqual(a.flag);
    expect(await store.flags.get('F-NOPE0000')).toBeUndefined();
    expect(await store.flags.getByPostKey('c1', 'm1')).toEqual(a.flag);
    expect((await store.flags.getByPostKey('c1', 'm1', 'report'))?.reportReason).toBe('has a phone number');
  });

  it('flags: transition uses optimistic concurrency and returns the winner on a lost race', async () => {
    const { store } = t();
    const { flag } = await store.flags.create(newFlag());
    clock.advance(1000);
    const t1 = await store.flags.transition(flag.id, 1, {
      state: 'dismissed', dismissReason: 'false positive', lastActorId: 'mod1', lastActorName: 'Mo', firstActionAt: clock.now(),
    });
    expect(t1.ok).toBe(true);
    expect(t1.flag).toMatchObject({ state: 'dismissed', version: 2, lastActorName: 'Mo', firstActionAt: clock.now(), updatedAt: clock.now() });
    const lost = await store.flags.transition(flag.id, 1, { state: 'escalated', lastActorId: 'mod2' });
    expect(lost).toEqual({ ok: false, flag: t1.flag });
    clock.advance(1000);
    const t2 = await store.flags.transition(flag.id, 2, {
      state: 'open', firstActionAt: clock.now(), detectionTypes: ['a', 'b'], findings: [], cardOutboxId: 42,
    });
    expect(t2.flag).toMatchObject({ version: 3, detectionTypes: ['a', 'b'], findings: [], cardOutboxId: 42 });
    expect(t2.flag?.firstActionAt).toEqual(t1.flag?.firstActionAt); // never moved
    expect(await store.flags.transition('F-NOPE0000', 1, { state: 'open' })).toEqual({ ok: false, flag: undefined });
    await store.flags.setCardOutboxId(flag.id, 7);
    expect((await store.flags.get(flag.id))).toMatchObject({ cardOutboxId: 7, version: 3 });
  });

  it('flags: counts and lists for reports, posters and reminders', async () => {
    const { store } = t();
    const start = clock.now();
    const f1 = (await store.flags.create(newFlag({ messageId: 'm1' }))).flag;
    clock.advance(day);
    const f2 = (await store.flags.create(newFlag({ messageId: 'm2', channelId: 'ch2' }))).flag;
    clock.advance(1);
    await store.flags.create(newFlag({ messageId: 'm3', posterId: 'u2' }));
    await store.flags.transition(f2.id, 1, { state: 'escalated', escalationReason: 'repeat' });
    expect(await store.flags.countForPoster('u1', start)).toBe(2);
    expect(await store.flags.countForPoster('u1', new Date(start.getTime() + 1))).toBe(1);
    expect(await store.flags.countForPoster('u1', start, ['escalated', 'confirmed'])).toBe(1);
    const all = { from: start, to: new Date(clock.ms() + 1) };
    expect((await store.flags.listByPeriod(all)).map((f) => f.messageId)).toEqual(['m1', 'm2', 'm3']);
    expect((await store.flags.listByPeriod({ ...all, states: ['escalated'] })).map((f) => f.id)).toEqual([f2.id]);
    expect((await store.flags.listByPeriod({ ...all, channelId: 'ch2', source: 'scan' })).map((f) => f.id)).toEqual([f2.id]);
    expect(await store.flags.listByPeriod({ ...all, source: 'report' })).toEqual([]);
    expect((await store.flags.listOpenOlderThan(new Date(start.getTime() + 1))).map((f) => f.id)).toEqual([f1.id]);
    expect((await store.flags.listByState(['open', 'escalated'], 2)).map((f) => f.messageId)).toEqual(['m1', 'm2']);
  });

  it('flag actions are an ordered history per flag', async () => {
    const { store } = t();
    const { flag } = await store.flags.create(newFlag());
    await store.flagActions.append({ flagId: flag.id, action: 'flagged' });
    clock.advance(5);
    await store.flagActions.append({ flagId: flag.id, action: 'escalated', actorId: 'm1', actorName: 'Mo', reason: 'repeat' });
    const h = await store.flagActions.listForFlag(flag.id);
    expect(h.map((a) => [a.action, a.actorId, a.reason])).toEqual([['flagged', null, null], ['escalated', 'm1', 'repeat']]);
    expect(h[1]!.at).toEqual(clock.now());
    await expect(store.flagActions.append({ flagId: flag.id, action: 'bogus' as never })).rejects.toThrow();
  });

  it('post content holds the raw text and can be purged by age', async () => {
    const { store } = t();
    const f1 = (await store.flags.create(newFlag({ messageId: 'm1' }))).flag;
    await store.postContent.put(f1.id, { text: 'call me on 07700 900123', fileNames: ['a.pdf'] });
    clock.advance(day);
    const f2 = (await store.flags.create(newFlag({ messageId: 'm2' }))).flag;
    await store.postContent.put(f2.id, { text: 'second' });
    await store.postContent.put(f2.id, { text: 'second, edited' });
    expect(await store.postContent.get(f1.id)).toMatchObject({ text: 'call me on 07700 900123', fileNames: ['a.pdf'] });
    expect(await store.postContent.purgeOlderThan(new Date(clock.ms() - 1))).toBe(1);
    expect(await store.postContent.get(f1.id)).toBeUndefined();
    expect(await store.postContent.get(f2.id)).toMatchObject({ text: 'second, edited', fileNames: [] });
  });

  it('audit log: append, list by target and period (with prefix filter); rejects UPDATE/DELETE in the database', async () => {
    const { store } = t();
    const e1 = await store.audit.append({ actorId: 'a1', actorName: 'Ann', action: 'command.watch', target: 'ch1', details: { count: 1 } });
    clock.advance(10);
    await store.audit.append({ actorId: 'a1', action: 'flag.dismiss', target: 'F-1', reason: 'fp' });
    await store.audit.append({ actorId: 'a2', action: 'flag.escalate', target: 'F-1' });
    expect(e1).toMatchObject({ actorName: 'Ann', details: { count: 1 }, reason: null });
    expect((await store.audit.listForTarget('F-1')).map((e) => e.action)).toEqual(['flag.dismiss', 'flag.escalate']);
    const period = { from: new Date(clock.ms() - day), to: new Date(clock.ms() + 1) };
    expect(await store.audit.list(period)).toHaveLength(3);
    expect((await store.audit.list(period, { action: 'flag.' })).map((e) => e.action)).toEqual(['flag.dismiss', 'flag.escalate']);
    expect(await store.audit.list(period, { action: 'flag.dismiss' })).toHaveLength(1);
    // The repository has no update/delete; the database itself must refuse them too.
    await expect(t().rawQuery(`UPDATE audit_log SET reason = 'x' WHERE id = $1`, [e1.id])).rejects.toThrow(/append-only/);
    await expect(t().rawQuery('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(t().rawQuery('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    expect(await store.audit.listForTarget('ch1')).toEqual([e1]);
  });

  it('feedback: record, list, summary', async () => {
    const { store } = t();
    await store.feedback.record({ clauseId: '4.2', verdict: 'not_allowed', helpful: true });
    await store.feedback.record({ clauseId: '4.2', verdict: 'not_allowed', helpful: false });
    await store.feedback.record({ clauseId: '1.1', verdict: 'allowed', helpful: true });
    const period = { from: new Date(clock.ms() - 1), to: new Date(clock.ms() + 1) };
    expect(await store.feedback.list(period)).toHaveLength(3);
    expect(await store.feedback.summary(period)).toEqual([
      { clauseId: '1.1', helpful: 1, notHelpful: 0 },
      { clauseId: '4.2', helpful: 1, notHelpful: 1 },
    ]);
  });

  it('answer examples: propose, review once, approved pairs, import without duplicates', async () => {
    const { store } = t();
    const a = await store.answerExamples.propose({ questionMasked: 'can I post [PHONE] on yammer', offeredClauseIds: ['5.b11', '5.b12'], chosenClauseId: '5.b11' });
    const b = await store.answerExamples.propose({ questionMasked: 'what about the canteen', offeredClauseIds: ['5.b4'], chosenClauseId: null });
    expect((await store.answerExamples.listByStatus('pending')).map((e) => e.id)).toEqual([a, b]);
    expect(await store.answerExamples.get(a)).toMatchObject({ offeredClauseIds: ['5.b11', '5.b12'], chosenClauseId: '5.b11', status: 'pending', source: 'feedback' });
    expect(await store.answerExamples.decide(a, 'approved', 'admin-1')).toBe(true);
    expect(await store.answerExamples.decide(a, 'rejected', 'admin-2')).toBe(false); // decided once
    expect(await store.answerExamples.decide(b, 'rejected', 'admin-1')).toBe(true);
    expect(await store.answerExamples.decide(999_999, 'approved', 'admin-1')).toBe(false);
    expect(await store.answerExamples.get(a)).toMatchObject({ status: 'approved', decidedBy: 'admin-1' });
    expect(await store.answerExamples.approvedPairs()).toEqual([{ question: 'can I post [PHONE] on yammer', clauseId: '5.b11' }]);
    const added = await store.answerExamples.importApproved(
      [{ question: 'can I post [PHONE] on yammer', clauseId: '5.b11' }, { question: 'gmail for the ward page?', clauseId: '4.2.p4' }],
      'cli',
    );
    expect(added).toBe(1);
    expect(await store.answerExamples.approvedPairs()).toHaveLength(2);
    // A pending duplicate of an approved pair is not approved twice.
    const dup = await store.answerExamples.propose({ questionMasked: 'gmail for the ward page?', offeredClauseIds: [], chosenClauseId: '4.2.p4' });
    expect(await store.answerExamples.decide(dup, 'approved', 'admin-1')).toBe(true);
    expect(await store.answerExamples.approvedPairs()).toHaveLength(2);
  });

  it('jobs: one run per (job, scheduled time); lastRun and finishRun', async () => {
    const { store } = t();
    const at = new Date('2026-03-02T07:00:00Z');
    expect(await store.jobs.lastRun('psd-report')).toBeUndefined();
    expect(await store.jobs.tryRunOnce('psd-report', at, 'i1')).toBe(true);
    expect(await store.jobs.tryRunOnce('psd-report', at, 'i2')).toBe(false);
    expect(await store.jobs.tryRunOnce('other', at, 'i2')).toBe(true);
    await store.jobs.finishRun('psd-report', at, { status: 'succeeded' });
    expect(await store.jobs.lastRun('psd-report')).toMatchObject({ owner: 'i1', status: 'succeeded', scheduledFor: at });
    const next = new Date(at.getTime() + day);
    expect(await store.jobs.tryRunOnce('psd-report', next, 'i2')).toBe(true);
    expect(await store.jobs.lastRun('psd-report')).toMatchObject({ owner: 'i2', status: 'running', finishedAt: null });
  });

  it('activities: claimActivity is true once; prune', async () => {
    const { store } = t();
    expect(await store.activities.claimActivity('a1')).toBe(true);
    expect(await store.activities.claimActivity('a1')).toBe(false);
    clock.advance(day);
    expect(await store.activities.claimActivity('a2')).toBe(true);
    expect(await store.activities.pruneOlderThan(new Date(clock.ms() - 1))).toBe(1);
    expect(await store.activities.claimActivity('a2')).toBe(false);
  });
});
