import { describe, expect, it } from 'vitest';
import { computeReport } from '../../src/reports/compute-report';
import { toExportRow } from '../../src/reports/export-rows';
import { renderReportHtml } from '../../src/reports/html-export';
import { parseReportPeriod } from '../../src/reports/report-period';
import { at, flagRow } from './support/flag-rows';

/** Links in the HTML export come from Teams payloads: only https://teams.microsoft.com/ ones become anchors. */
describe('HTML export links', () => {
  it('makes an anchor of a Teams link and plain text of javascript: or any other site', () => {
    const now = at('2026-11-10T12:00:00Z');
    const period = parseReportPeriod('2026-11-01 2026-11-07', now);
    const flags = [
      flagRow({ id: 'F-GOOD', createdAt: at('2026-11-01T09:00:00Z'), deepLink: 'https://teams.microsoft.com/l/message/19%3Aabc/1700000000001' }),
      flagRow({ id: 'F-JS', createdAt: at('2026-11-02T09:00:00Z'), deepLink: 'javascript:alert(document.cookie)' }),
      flagRow({ id: 'F-EVIL', createdAt: at('2026-11-03T09:00:00Z'), deepLink: 'https://teams.microsoft.com.evil.example/l/message/x' }),
    ];
    const zero = { scanned: 0, flagged: 0, edited: 0, deleted: 0 };
    const report = computeReport({ flags, previousFlags: [], recentConfirmedFlags: [], pendingFlags: [], posts: { ...zero, scanned: 3, flagged: 3 }, previousPosts: zero, postsByChannel: [] }, period, now);
    const html = renderReportHtml(report, flags.map((f) => toExportRow(f, [], now, () => undefined)));
    expect(html).toContain('href="https://teams.microsoft.com/l/message/19%3Aabc/1700000000001"');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('evil.example');
    expect(html).toContain('F-JS');
  });
});
