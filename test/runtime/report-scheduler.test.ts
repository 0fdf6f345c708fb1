import { createOutboxRenderer } from '../../src/app/outbox-renderer';
import { Cron } from 'croner';
import { describe, expect, it } from 'vitest';
import type { Clock } from '../../src/ports/clock';
import { silentLogger } from '../../src/ports/logger';
import type { Store } from '../../src/ports/store';
import { createReportEnqueuer } from '../../src/reports/enqueue-report';
import { createReportScheduler, latestRunAtOrBefore, periodEndingAt, type ScheduledPeriod } from '../../src/runtime/report-scheduler';
import { storeAdapters, useTestStore } from '../support/test-store';

class FakeClock implements Clock {
  constructor(private t: Date) {}
  now(): Date { return new Date(this.t.getTime()); }
  set(iso: string): void { this.t = new Date(iso); }
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const weekly = () => new Cron('0 8 * * 1', { timezone: 'Europe/London' });

describe('schedule arithmetic (Mondays 08:00 London)', () => {
  it('finds the latest scheduled time at or before now', () => {
    expect(latestRunAtOrBefore(weekly(), new Date('2026-11-23T08:00:00Z'))?.toISOString()).toBe('2026-11-23T08:00:00.000Z');
    expect(latestRunAtOrBefore(weekly(), new Date('2026-11-23T07:59:59Z'))?.toISOString()).toBe('2026-11-16T08:00:00.000Z');
    // Summer: 08:00 BST is 07:00 UTC.
    expect(latestRunAtOrBefore(weekly(), new Date('2026-07-08T00:00:00Z'))?.toISOString()).toBe('2026-07-06T07:00:00.000Z');
  });

  it('reports the interval since the previous run, an hour longer across the October change', () => {
    const p = periodEndingAt(weekly(), new Date('2026-10-26T08:00:00Z'));
    expect(p.from.toISOString()).toBe('2026-10-19T07:00:00.000Z');
    expect(p.to.getTime() - p.from.getTime()).toBe(7 * DAY + HOUR);
    expect(p.label).toBe('scheduled, week to 2026-10-26 08:00 GMT');
  });
});

describe.each(storeAdapters)('report scheduler on %s', (adapter) => {
  const t = useTestStore(adapter);

  function scheduler(store: Store, clock: Clock, calls: Array<{ period: ScheduledPeriod; scheduledFor: Date }>, owner: string, fail = false) {
    return createReportScheduler({
      store, clock, schedule: '0 8 * * 1', timezone: 'Europe/London', logger: silentLogger, owner,
      buildAndEnqueue: async (period, scheduledFor) => {
        calls.push({ period, scheduledFor });
        if (fail) throw new Error('boom');
      },
    });
  }

  it('sends each scheduled report once with two instances on one store', async () => {
    const clock = new FakeClock(new Date('2026-11-23T08:00:30Z'));
    const second = adapter === 'postgres' ? await t().openSecond() : t().store;
    const calls: Array<{ period: ScheduledPeriod; scheduledFor: Date }> = [];
    const a = scheduler(t().store, clock, calls, 'instance-a');
    const b = scheduler(second, clock, calls, 'instance-b');

    const results = await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 'sent')).toHaveLength(1);
    expect(calls).toHaveLength(1);
    expect(calls[0].scheduledFor.toISOString()).toBe('2026-11-23T08:00:00.000Z');
    expect(calls[0].period.from.toISOString()).toBe('2026-11-16T08:00:00.000Z');
    expect(calls[0].period.to.toISOString()).toBe('2026-11-23T08:00:00.000Z');

    const run = await t().store.jobs.lastRun('psd-report');
    expect(run?.status).toBe('succeeded');
    expect(['instance-a', 'instance-b']).toContain(run?.owner);
  });

  it('sends only the latest missed report once after downtime, then resumes', async () => {
    // Down from 1 Nov to Wednesday 25 Nov: runs on 2, 9, 16 and 23 Nov were missed.
    await seedEarlierRun(t().store, '2026-10-26T08:00:00Z');
    const clock = new FakeClock(new Date('2026-11-25T10:00:00Z'));
    const calls: Array<{ period: ScheduledPeriod; scheduledFor: Date }> = [];
    const s = scheduler(t().store, clock, calls, 'instance-a');

    expect((await s.tick()).status).toBe('sent');
    expect((await s.tick()).status).toBe('already_ran');
    clock.set('2026-11-27T10:00:00Z');
    expect((await s.tick()).status).toBe('already_ran');
    expect(calls.map((c) => c.scheduledFor.toISOString())).toEqual(['2026-11-23T08:00:00.000Z']);

    // A restarted instance (new scheduler, same store) does not send it again.
    const restarted = scheduler(t().store, clock, calls, 'instance-a2');
    expect((await restarted.tick()).status).toBe('already_ran');

    clock.set('2026-11-30T08:00:05Z');
    expect((await restarted.tick()).status).toBe('sent');
    expect(calls.map((c) => c.scheduledFor.toISOString())).toEqual(['2026-11-23T08:00:00.000Z', '2026-11-30T08:00:00.000Z']);
  });

  it('records a failed run and does not resend it', async () => {
    const clock = new FakeClock(new Date('2026-11-23T08:01:00Z'));
    const calls: Array<{ period: ScheduledPeriod; scheduledFor: Date }> = [];
    const s = scheduler(t().store, clock, calls, 'instance-a', true);
    const result = await s.tick();
    expect(result).toMatchObject({ status: 'failed', error: 'Error: boom' });
    expect((await t().store.jobs.lastRun('psd-report'))?.status).toBe('failed');
    expect((await s.tick()).status).toBe('already_ran');
    expect(calls).toHaveLength(1);
  });

  it('a fresh install with no earlier run does not send a catch-up report on its first start', async () => {
    const clock = new FakeClock(new Date('2026-11-24T09:00:00Z'));
    const calls: Array<{ period: ScheduledPeriod; scheduledFor: Date }> = [];
    const s = scheduler(t().store, clock, calls, 'instance-a');
    expect((await s.tick()).status).toBe('none');
    clock.set('2026-11-30T08:00:02Z');
    expect((await s.tick()).status).toBe('sent');
    expect(calls.map((c) => c.scheduledFor.toISOString())).toEqual(['2026-11-30T08:00:00.000Z']);
  });

  it('start() catches up immediately and stop() ends the timer', async () => {
    await seedEarlierRun(t().store, '2026-11-16T08:00:00Z');
    const clock = new FakeClock(new Date('2026-11-24T09:00:00Z'));
    const calls: Array<{ period: ScheduledPeriod; scheduledFor: Date }> = [];
    const s = scheduler(t().store, clock, calls, 'instance-a');
    const first = await s.start();
    await s.stop();
    expect(first.status).toBe('sent');
    expect(calls).toHaveLength(1);
    expect(s.nextRunAfter(clock.now())?.toISOString()).toBe('2026-11-30T08:00:00.000Z');
  });

  it('the default enqueuer queues one report message (rendered as a card at delivery), deduplicated, and audits it', async () => {
    const clock = new FakeClock(new Date('2026-11-23T08:00:30Z'));
    const ref = { serviceUrl: 'https://smba.example/uk/', conversationId: '19:psd@thread.tacv2', channelId: 'msteams' };
    const enqueue = createReportEnqueuer({ store: t().store, clock, psdConversation: async () => ref });
    const period: ScheduledPeriod = { from: new Date('2026-11-16T08:00:00Z'), to: new Date('2026-11-23T08:00:00Z'), label: 'test' };
    await enqueue(period, period.to);
    await enqueue(period, period.to); // same scheduled time: dedupe key makes it a no-op
    const claimed = await t().store.outbox.claimDue('test', new Date('2030-01-01T00:00:00Z'), 10); // the store's clock is real time
    expect(claimed).toHaveLength(1);
    expect(claimed[0].purpose).toBe('report');
    expect(claimed[0].message).toEqual({ kind: 'report', from: period.from.toISOString(), to: period.to.toISOString(), label: 'test' });
    // The outbox holds the period, not a card: the composition root's renderer builds the card when it is sent.
    const render = createOutboxRenderer({ moderation: { store: t().store, clock, clausesFor: () => [], maskText: (text) => text } });
    const rendered = await render(claimed[0].message!);
    if (!('activity' in rendered)) throw new Error(rendered.skip);
    const attachment = (rendered.activity.attachments as Array<{ content: { type: string; fallbackText: string } }>)[0];
    expect(attachment.content.type).toBe('AdaptiveCard');
    expect(attachment.content.fallbackText).toContain('Posts scanned: 0');
    const audit = await t().store.audit.list({ from: new Date('2026-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') }, { action: 'report.' });
    expect(audit.map((a) => a.action)).toEqual(['report.scheduled', 'report.scheduled']);
  });

  it('the default enqueuer fails clearly without a PSD conversation', async () => {
    const clock = new FakeClock(new Date('2026-11-23T08:00:30Z'));
    const enqueue = createReportEnqueuer({ store: t().store, clock, psdConversation: async () => undefined });
    await expect(enqueue({ from: new Date(0), to: new Date(1), label: 'x' }, new Date(1))).rejects.toThrow(/No PSD conversation/);
  });
});

/** A run recorded before the downtime: the bot had been running, so a missed run is caught up. */
async function seedEarlierRun(store: { jobs: { tryRunOnce(n: string, d: Date, o: string): Promise<boolean>; finishRun(n: string, d: Date, r: { status: 'succeeded' }): Promise<void> } }, at: string): Promise<void> {
  await store.jobs.tryRunOnce('psd-report', new Date(at), 'earlier-instance');
  await store.jobs.finishRun('psd-report', new Date(at), { status: 'succeeded' });
}
