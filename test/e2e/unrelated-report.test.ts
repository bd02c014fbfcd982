import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { HAS_SHARED, SEED, SHARED_DATA } from '../helpers/paths.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const OUTPUT = resolve('test-output/unrelated-report');
const ICT = join(SHARED_DATA, 'un-resolutions/texts/ict-security');
const quiet = { stdout: { write: () => true }, stderr: { write: (text: string) => process.stderr.write(text) }, env: { SOURCE_DATE_EPOCH: '1767225600' } };
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 }, colorScheme: 'light' };
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1, colorScheme: 'light' };

/**
 * A/RES/75/32 against the 2024 seed statement, two unrelated texts, as a new user read the report (trial 13b, defects 8
 * and 11): the "unrelated" verdict came below the key changes (a screen down on a phone), and the printed report's
 * PP 1, which recalls 24 resolutions, stacked 24 "Reference removed" badges beside 8 lines of text.
 */
describe.skipIf(!existsSync(CHROMIUM) || !HAS_SHARED)('the report of two unrelated texts, in Chromium (session 13)', () => {
  let browser: Browser;
  const file = join(OUTPUT, 'r7532.html');

  async function open(options: BrowserContextOptions): Promise<Page> {
    const page = await (await browser.newContext(options)).newPage();
    await page.goto(pathToFileURL(file).href);
    return page;
  }

  beforeAll(async () => {
    rmSync(OUTPUT, { recursive: true, force: true });
    mkdirSync(OUTPUT, { recursive: true });
    expect(await run(['report', join(ICT, 'A_RES_75_32.txt'), SEED, '-o', file], quiet)).toBe(0);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [name, options] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    it(`on a ${name}, says the texts look unrelated before the key changes, on the first screen`, async () => {
      const page = await open(options);
      const note = await page.locator('.relation-note').boundingBox();
      const keys = await page.locator('.key-changes').boundingBox();
      expect(note).not.toBeNull();
      expect(note!.y + note!.height).toBeLessThanOrEqual(keys!.y);
      expect(note!.y + note!.height).toBeLessThan(options.viewport!.height);
      // No key changes for texts the report itself calls unrelated (trial 16c): the section says why, and lists none.
      expect(await page.locator('.key-list li').count()).toBe(0);
      expect(await page.locator('.key-none').textContent()).toMatch(/the texts look unrelated/);
      await page.context().close();
    });
  }

  it('on paper, lists the 24 references PP 1 no longer recalls in one badge, no taller than the paragraph beside it', async () => {
    const page = await open(DESKTOP);
    await page.emulateMedia({ media: 'print' });
    // PP 1 is dropped alone: the texts are unrelated, so no new paragraph is drawn in its place (fix13b-unrelated).
    const row = page.locator('article[aria-label="Dropped: older PP 1"]');
    const badges = row.locator('.signal-reference');
    expect(await badges.count()).toBe(1);
    expect(await badges.textContent()).toBe('References removed (24): resolution 53/70, 54/49, 55/28, 56/19, 57/53, 58/32 and 18 more');
    const meta = await row.locator('.meta').boundingBox();
    const text = await row.locator('.side-left').boundingBox();
    // Before: 24 badges, the change column about three times as tall as the paragraph's 8 printed lines.
    expect(meta!.height).toBeLessThanOrEqual(text!.height);
    await page.context().close();
  });
});
