import { describe, expect, it } from 'vitest';
import { DownloadTokenError } from '../../src/reports/download-link';
import { ReportPeriodError } from '../../src/reports/report-period';
import { downloadExport, viewReport } from '../../src/reports/report-use-cases';
import { reportCard } from '../../src/cards/report-card';
import { expectValidAdaptiveCard } from '../support/adaptive-card-schema';
import { storeAdapters, useTestStore } from '../support/test-store';
import { seedFlag } from './support/seed';

const now = new Date('2026-11-10T12:00:00Z');
const secret = 'a-test-secret-that-is-long-enough-0123456789';
const links = { baseUrl: 'https://bot.example/reports/download', secret };
const auditPeriod = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2030-01-01T00:00:00Z') };

describe.each(storeAdapters)('report use cases on %s', (adapter) => {
  const t = useTestStore(adapter);

  it('viewReport builds a valid card with signed links, current channel names, and audits the view', async () => {
    const { store } = t();
    await seedFlag(store, { createdAt: '2026-11-05T10:00:00Z', channelId: 'chan-b', channelName: 'Old name' });
    await store.watchedChannels.watch({
      channelId: 'chan-b', teamId: 'team-1', name: 'HR (renamed)', watchedBy: 'admin-1',
      conversationRef: { serviceUrl: 'https://smba.example/uk/', conversationId: '19:b@thread.tacv2', channelId: 'msteams' },
    });
    const { links: signed, report } = await viewReport(store, { text: '2026-11-01 2026-11-07', requesterId: 'psd-1', now, links });
    const card = reportCard(report, signed);
    expectValidAdaptiveCard(card);
    expect(report.byChannel[0].channelName).toBe('HR (renamed)');
    const csvUrl = card.actions?.find((a) => a.title === 'Download flags (CSV)')?.url as string;
    expect(csvUrl).toMatch(/^https:\/\/bot\.example\/reports\/download\?t=[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);

    const file = await downloadExport(store, { token: new URL(csvUrl).searchParams.get('t')!, secret, now: new Date(now.getTime() + 60_000), resolveClause: () => '5.g2' });
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    expect(file.fileName).toBe('psd-report-2026-11-01-to-2026-11-07.csv');
    expect(file.rowCount).toBe(1);

    const audit = await store.audit.list(auditPeriod, { action: 'report.' });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([['report.view', 'psd-1'], ['report.download', 'psd-1']]);
  });

  it('rejects a bad period and an expired link with typed errors', async () => {
    await expect(viewReport(t().store, { text: 'last tuesday', requesterId: 'psd-1', now })).rejects.toBeInstanceOf(ReportPeriodError);
    const shown = await viewReport(t().store, { text: '', requesterId: 'psd-1', now, links: { ...links, ttlMinutes: 1 } });
    const card = reportCard(shown.report, shown.links);
    const token = new URL(card.actions![0].url as string).searchParams.get('t')!;
    const late = downloadExport(t().store, { token, secret, now: new Date(now.getTime() + 120_000), resolveClause: () => undefined });
    await expect(late).rejects.toBeInstanceOf(DownloadTokenError);
    await expect(late).rejects.toMatchObject({ kind: 'expired' });
  });
});
