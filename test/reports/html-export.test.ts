import { existsSync } from 'node:fs';
import { mkdtemp, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeReport } from '../../src/reports/compute-report';
import { toExportRow } from '../../src/reports/export-rows';
import { renderReportHtml } from '../../src/reports/html-export';
import { parseReportPeriod } from '../../src/reports/report-period';
import { at, flagRow } from './support/flag-rows';

const CHROMIUM = '/usr/bin/chromium';
const now = at('2026-11-10T12:00:00Z');
const period = parseReportPeriod('2026-11-01 2026-11-07', now);

function fixture() {
  const flags = [
    flagRow({ id: 'F-A', createdAt: at('2026-11-01T09:00:00Z'), detectionTypes: ['phone', 'email'], state: 'confirmed', firstActionAt: at('2026-11-01T10:00:00Z') }),
    flagRow({ id: 'F-B', createdAt: at('2026-11-03T09:00:00Z'), detectionTypes: ['phone'], state: 'dismissed', channelName: '<script>alert(1)</script>' , channelId: 'chan-x' }),
    flagRow({ id: 'F-C', createdAt: at('2026-11-05T09:00:00Z'), detectionTypes: ['nino'], state: 'open', posterName: 'O\'Brien & "Sons"' }),
  ];
  const zero = { scanned: 0, flagged: 0, edited: 0, deleted: 0 };
  const report = computeReport(
    { flags, previousFlags: [], recentConfirmedFlags: [], pendingFlags: [], posts: { scanned: 1234, flagged: 3, edited: 0, deleted: 0 }, previousPosts: zero, postsByChannel: [] },
    period,
    now,
  );
  const rows = flags.map((f) => toExportRow(f, [], now, () => '5.g2 Personal data'));
  return renderReportHtml(report, rows);
}

describe('renderReportHtml (static)', () => {
  const html = fixture();
  it('is a self-contained page with a title, print styles and three accessible SVG charts', () => {
    expect(html).toMatch(/<title>[^<]*PSD report \(2026-11-01 to 2026-11-07\)<\/title>/);
    expect(html).toContain('@media print');
    expect(html.match(/<svg /g)).toHaveLength(3);
    expect(html.match(/<svg [^>]*role="img"[^>]*aria-label="[^"]+"/g)).toHaveLength(3);
    expect(html).toContain('<title id="chart-types-title">Flags by detection type</title>');
    expect(html).not.toMatch(/<script|<link |src="http/);
  });
  it('escapes user-supplied text', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('O&#39;Brien &amp; &quot;Sons&quot;');
  });
});

describe('renderReportHtml in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: install Debian chromium (apt-get install -y chromium). This test must not be skipped.`);
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders the charts and figures; screenshot written to a temp dir', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.setContent(fixture(), { waitUntil: 'load' });

    const boxes = await page.locator('svg').evaluateAll((els) => els.map((el) => { const r = el.getBoundingClientRect(); return { w: r.width, h: r.height }; }));
    expect(boxes).toHaveLength(3);
    for (const box of boxes) { expect(box.w).toBeGreaterThan(0); expect(box.h).toBeGreaterThan(0); }
    // Bars and donut slices actually drew something.
    expect(await page.locator('#h-charts ~ .charts rect, .charts rect').count()).toBeGreaterThan(0);
    expect(await page.locator('.charts circle').count()).toBeGreaterThan(0);

    const text = await page.locator('body').innerText();
    expect(text).toContain('Posts scanned');
    expect(text).toContain('1,234');
    expect(text).toMatch(/Flags raised\s+3/);
    expect(text).toContain('<script>alert(1)</script>'); // shown as text, not run
    expect(dialogs).toEqual([]);
    expect(await page.title()).toContain('PSD report');

    const dir = await mkdtemp(join(tmpdir(), 'policy-bot-report-'));
    const file = join(dir, 'report.png');
    await writeFile(file, await page.screenshot({ fullPage: true }));
    expect((await stat(file)).size).toBeGreaterThan(10_000);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('svg').count()).toBe(3);
    await page.close();
  }, 60_000);
});
