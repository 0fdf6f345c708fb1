/**
 * What a person does in the Agents Playground page, as playwright-core steps: open a chat or a
 * channel, type (with a real @mention picked from the composer's mention menu), press card
 * buttons, read a card's text. Locators are by role and visible text, the way a user finds things.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { PLAYGROUND_BOT, PLAYGROUND_TEAM, ROOT } from './playground-harness';

/** Screenshots are test artifacts (CI keeps the folder); PLAYGROUND_SCREENSHOTS_DIR moves them. */
export const SCREENSHOT_DIR = process.env.PLAYGROUND_SCREENSHOTS_DIR ?? path.join(ROOT, 'test-artifacts', 'playground');

export async function screenshotPath(name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return path.join(SCREENSHOT_DIR, `${name}.png`);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const file = await screenshotPath(name);
  await page.screenshot({ path: file });
  return file;
}

export async function openPersonalChat(page: Page): Promise<void> {
  await page.getByRole('treeitem', { name: 'Personal Chat' }).click();
}

export async function openChannel(page: Page, channelName: string): Promise<void> {
  await page.getByRole('treeitem', { name: `${PLAYGROUND_TEAM.name} - ${channelName}` }).click();
  await page.getByText('Start a new post').waitFor();
}

/** 1:1 chat: the one composer at the bottom. */
export async function sayInPersonalChat(page: Page, text: string): Promise<void> {
  const composer = page.locator('[contenteditable="true"][role="textbox"]').last();
  await composer.click();
  await composer.pressSequentially(text);
  await composer.press('Enter');
}

/**
 * A new channel post that @mentions the bot the way a user does: type "@Poli", pick "Policy Bot"
 * from the mention menu, type the rest, press Post. The Playground (like Teams without the RSC
 * permission) delivers a channel post to the bot only when the bot is mentioned.
 */
export async function postInChannel(page: Page, channelName: string, text: string): Promise<void> {
  await openChannel(page, channelName);
  const composer = page.locator('[contenteditable="true"][role="textbox"]').first();
  await composer.click();
  await composer.pressSequentially(`@${PLAYGROUND_BOT.name.slice(0, 4)}`);
  await page.getByRole('menuitem', { name: PLAYGROUND_BOT.name }).click();
  await composer.pressSequentially(` ${text}`);
  await page.getByRole('button', { name: 'Post', exact: true }).click();
}

/** The last Adaptive Card on screen whose text matches. */
export function cardWith(page: Page, text: string | RegExp): Locator {
  return page.locator('.ac-adaptiveCard').filter({ hasText: text }).last();
}

/** A card's visible text with whitespace folded, for plain assertions. */
export async function textOf(card: Locator): Promise<string> {
  return (await card.innerText()).replace(/\s+/g, ' ').trim();
}
