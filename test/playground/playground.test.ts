/**
 * The product in a real Teams client: the Microsoft 365 Agents Playground (devDependency) in
 * Debian's Chromium (playwright-core), against the real bot started from src/main.ts. Nothing is
 * downloaded: requests from the page to anywhere but this machine are refused.
 *
 * One person (Alex Wilber, the Playground's user) holds every role, so one page walks the whole
 * journey: a policy answer and its buttons, watching a channel, a flagged post, the moderator's
 * card and decision, the poster's notice and appeal, the queue, and the PSD report at phone width.
 * Screenshots of each step are kept (see SCREENSHOT_DIR) so a reviewer sees what a user saw.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, PLAYGROUND_CHANNEL, PLAYGROUND_TEAM, startPlayground, type PlaygroundRun } from './playground-harness';
import { cardWith, openChannel, openPersonalChat, postInChannel, sayInPersonalChat, screenshot, screenshotPath, textOf } from './playground-page';

const GENERAL = 'General';
const WATCHED = PLAYGROUND_CHANNEL.name;
const PHONE = '07700 900461';
const MASKED_PHONE = '07700 9•••61';

describe('the Agents Playground, driven in Chromium', () => {
  let run: PlaygroundRun | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let flagId = '';

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian chromium (apt-get install -y chromium). This test must not be skipped.`);
    run = await startPlayground();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // The Playground page asks a CDN for fonts and animations; refuse them so nothing is fetched from outside.
    await page.route((url) => !/^(localhost|127\.0\.0\.1)$/.test(url.hostname), (route) => route.abort());
    // Generous waits: two shared cores may be busy; a step that never happens still fails.
    page.setDefaultTimeout(30_000);
    await page.goto(run.url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.getByText('Hello, I am the Social Media Policy Bot').first().waitFor({ timeout: 60_000 });
  }, 420_000);

  afterAll(async () => {
    await browser?.close();
    await run?.stop();
  }, 30_000);

  it('1:1 answer: "Show the whole section" and "Helpful" keep the verdict and the clause on screen', async () => {
    await openPersonalChat(page);
    await sayInPersonalChat(page, 'Can I upload files to the network?');
    const answer = cardWith(page, 'Was this helpful?');
    await answer.getByRole('button', { name: 'Helpful', exact: true }).waitFor();
    const before = await textOf(answer);
    const verdict = /^(✔ Allowed|✖ Not allowed|◐ Allowed with conditions|ℹ For information|\? Not covered by the policy|✔|✖|◐|ℹ)[^.]*/.exec(before)?.[0];
    const clause = /"([^"]{20,})"/.exec(before)?.[1];
    expect(verdict).toBeTruthy();
    expect(clause).toBeTruthy();
    await screenshot(page, '01-answer');

    await answer.getByRole('button', { name: 'Show the whole section' }).click();
    await expect.poll(async () => textOf(cardWith(page, clause!.slice(0, 40)))).toMatch(/Section [\d.]+: /);
    await screenshot(page, '02-whole-section');

    await cardWith(page, clause!.slice(0, 40)).getByRole('button', { name: 'Helpful', exact: true }).click();
    const thanked = cardWith(page, 'Thanks for the feedback');
    await thanked.waitFor();
    const after = await textOf(thanked);
    expect(after).toContain(verdict!);
    expect(after).toContain(clause!);
    expect(await thanked.getByRole('button', { name: 'Helpful', exact: true }).count()).toBe(0);
    await screenshot(page, '03-helpful');
  });

  it('an unsure answer: the closest clause marked unsure, "Did you mean..." choices, and "Show answer 1" opens that answer on screen', async () => {
    await openPersonalChat(page);
    await sayInPersonalChat(page, 'what about sharing stuff');
    const unsure = cardWith(page, 'Did you mean');
    await unsure.getByRole('button', { name: 'Show answer 1' }).waitFor();
    await screenshot(page, '03b-unsure-choices');
    // The numbered choices render as a list (the number is the list marker, not text): a section, then its button.
    expect(await textOf(unsure)).toMatch(/Not sure.*Did you mean.*Section \S+: .+Show answer 1/s);
    await unsure.getByRole('button', { name: 'Show answer 1' }).click();
    await expect.poll(async () => textOf(unsure)).toContain('Social media policy, section');
    await screenshot(page, '03c-unsure-answer-shown');
  });

  it('an admin watches a channel and sets the moderators’ channel; both replies name the channel and team', async () => {
    await postInChannel(page, GENERAL, 'set moderators');
    await expect.poll(async () => page.getByText(`“${GENERAL}” in ${PLAYGROUND_TEAM.name} is now the moderators’ channel`).count()).toBeGreaterThan(0);
    await postInChannel(page, WATCHED, 'watch');
    await expect.poll(async () => page.getByText(`Now watching “${WATCHED}” in ${PLAYGROUND_TEAM.name}`).count()).toBeGreaterThan(0);
    await screenshot(page, '04-watching');
  });

  it('a remark that @mentions the bot gets no public reply; a post with a phone number becomes a card naming its channel and team', async () => {
    await postInChannel(page, WATCHED, 'thanks for sorting the rota everyone');
    await postInChannel(page, WATCHED, `my mobile is ${PHONE} if anyone wants to swap shifts`);
    await openChannel(page, GENERAL);
    const card = cardWith(page, /Flagged post F-/);
    await card.waitFor();
    const text = await textOf(card);
    flagId = /Flagged post (F-[A-Z0-9]+)/.exec(text)![1]!;
    expect(text).toContain(`Channel ${WATCHED}`);
    expect(text).toContain(`Team ${PLAYGROUND_TEAM.name}`);
    expect(text).toContain(`a phone number: ${MASKED_PHONE}`);
    expect(text).toContain('Status: Open');
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain('this channel');
    await screenshot(page, '05-flag-card');

    // By now the remark (posted first) has long been handled: its thread holds no reply from the bot.
    await openChannel(page, WATCHED);
    await page.getByText('thanks for sorting the rota everyone').first().waitFor();
    expect(await page.getByText('Not covered by the policy').count()).toBe(0);
    expect(run!.botLog.join('')).toContain('channel mention is not a question; no reply');
    await screenshot(page, '06-remark-no-reply');
  });

  it('"Confirm and notify poster": the card says Confirmed, and the poster’s notice names the channel, team and masked number', async () => {
    await openChannel(page, GENERAL);
    await cardWith(page, `Flagged post ${flagId}`).getByRole('button', { name: 'Confirm and notify poster' }).click();
    await expect.poll(async () => textOf(cardWith(page, `Flagged post ${flagId}`))).toContain('Status: Confirmed');
    await screenshot(page, '07-confirmed');

    await openPersonalChat(page);
    const notice = cardWith(page, 'A quick note about one of your posts');
    await notice.waitFor();
    const text = await textOf(notice);
    expect(text).toContain(`Your post in ${WATCHED} (${PLAYGROUND_TEAM.name}) on`);
    expect(text).toContain(`a phone number, ${MASKED_PHONE}`);
    expect(text).toContain('What to do next');
    expect(text).toContain(flagId);
    expect(text).not.toContain(PHONE);
    await screenshot(page, '08-poster-notice');
  });

  it('the poster appeals; the moderators get a new card, and the queue lists the flag as appealed', async () => {
    const notice = cardWith(page, 'A quick note about one of your posts');
    await notice.getByRole('button', { name: 'I think this is wrong' }).click();
    await page.getByLabel('Tell the moderators why').fill('That is the station switchboard, not my mobile');
    await page.getByRole('button', { name: 'Send to the moderators' }).click();
    await expect.poll(async () => textOf(cardWith(page, 'A quick note about one of your posts'))).toContain('your reply has gone back to the moderators');

    await openChannel(page, GENERAL);
    const appeal = cardWith(page, `Appeal on ${flagId}`);
    await appeal.waitFor();
    expect(await textOf(appeal)).toContain('That is the station switchboard');
    await screenshot(page, '09-appeal-card');

    await postInChannel(page, GENERAL, 'queue');
    const queue = cardWith(page, /flags? waiting/);
    await queue.waitFor();
    const text = await textOf(queue);
    expect(text).toContain(flagId);
    expect(text).toContain(WATCHED);
    await screenshot(page, '10-queue');
  });

  it('the PSD report card at 340 px (a phone): nothing overflows or is cut short, legends carry figures, no "+N items"', async () => {
    await openPersonalChat(page);
    await sayInPersonalChat(page, 'report');
    const report = cardWith(page, /PSD report:/);
    await report.waitFor();
    // Tall enough that the whole card is on screen for its screenshots (the chat pane scrolls otherwise).
    await page.setViewportSize({ width: 1280, height: 2600 });
    await report.scrollIntoViewIfNeeded();
    await report.screenshot({ path: await screenshotPath('11-report-wide') });
    // The Playground's own frame has no phone layout, so the card gets a phone's width (340 px,
    // as Teams mobile gives it) and its charts re-measure, as they do when a window is resized.
    await report.evaluate((card) => card.setAttribute('style', `${card.getAttribute('style') ?? ''}; width: 340px; max-width: 340px`));
    await page.evaluate("window.dispatchEvent(new Event('resize'))");
    await page.waitForTimeout(1_000);
    await report.screenshot({ path: await screenshotPath('12-report-340px') });
    const text = await textOf(report);
    expect(text).not.toMatch(/\+\d+ items?/);
    // The one flag is under appeal: the donut's legend says so with its figure.
    expect(text).toContain('Under appeal: 1');
    expect(text).toContain(WATCHED);
    // Every chart is named on screen, so "Phone number 1" is read as a detection type.
    for (const title of ['Outcomes of flags raised', 'Flags by detection type', 'Flags by channel', 'Flags raised per day']) expect(text).toContain(title);
    // Count axes tick on whole numbers only (a chart scaled to its largest bar ticks 0.25, 0.5...).
    expect(text).not.toMatch(/\b0\.(25|5|75)\b/);
    const problems = await report.evaluate((card) => {
      const edge = card.getBoundingClientRect().right + 1;
      const overflowing = [...card.querySelectorAll('*')]
        .filter((el) => el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().right > edge)
        .map((el) => `overflows: ${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`);
      // Chart labels are SVG text; a label that did not fit is drawn with an ellipsis.
      const cut = [...card.querySelectorAll('svg text, svg tspan')].map((el) => el.textContent ?? '').filter((label) => /…|\.\.\./.test(label)).map((label) => `cut label: "${label}"`);
      return [...overflowing, ...cut];
    });
    expect(problems).toEqual([]);
  });

  it('the bot’s log holds no post text, no phone number and no stack trace', () => {
    const log = run!.botLog.join('');
    expect(log).toContain('channel post scanned');
    for (const secret of [PHONE, '900461', 'swap shifts', 'station switchboard', 'sorting the rota']) expect(log).not.toContain(secret);
    expect(log).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  });
});
