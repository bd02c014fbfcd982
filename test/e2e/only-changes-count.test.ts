import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

/**
 * Trial 20-b D17 (session 21), in Chromium: on FOMC 2023-11-01 → 2023-12-13 (5 paragraphs, 2 changed), "Only changes"
 * folded the three unchanged rows into two toggles but the live counter stayed "5 of 5 rows shown". The counter follows
 * the fold: 2 of 5 with the runs folded, 3 of 5 with one run of one row opened again, 5 of 5 with the box unticked, and
 * 2 of 5 on a reload that remembers the box.
 */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const OUTPUT = resolve('test-output/only-changes-count');
const FOMC = join(SHARED_DATA, 'fomc-statements');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`Skipping the "Only changes" counter browser test: ${CHROMIUM} is missing. Install it with: apt-get install -y chromium`);
if (!HAS_SHARED) console.warn(`Skipping the "Only changes" counter browser test: ${SHARED_MISSING}`);

describe.skipIf(!hasChromium || !HAS_SHARED)('"Only changes" and the rows-shown counter, in Chromium (FOMC 2023-11-01 → 2023-12-13)', () => {
  let browser: Browser;
  const REPORT = join(OUTPUT, 'report.html');

  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    const quiet = { stdout: { write: () => true }, stderr: { write: () => true }, env: { SOURCE_DATE_EPOCH: '1767225600' } };
    expect(await run(['report', join(FOMC, 'fomc_2023-11-01.txt'), join(FOMC, 'fomc_2023-12-13.txt'), '-o', REPORT], quiet)).toBe(0);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('says 2 of 5 rows shown with the unchanged rows folded, and follows each fold', async () => {
    const errors: string[] = [];
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(REPORT).href);
    const count = async (): Promise<string | null> => page.locator('#shown-count').textContent();
    expect(await count()).toBe('5 of 5 rows shown');
    await page.check('#only-changes');
    // Before: "5 of 5 rows shown" with ¶ 2 and ¶ 4–5 folded.
    expect(await page.locator('.run-toggle').allTextContents()).toEqual(['1 unchanged paragraph (newer ¶ 2)', '2 unchanged paragraphs (newer ¶ 4–5)']);
    expect(await count()).toBe('2 of 5 rows shown');
    await page.locator('.run-toggle').first().click();
    expect(await count()).toBe('3 of 5 rows shown');
    await page.locator('.run-toggle').first().click();
    expect(await count()).toBe('2 of 5 rows shown');
    await page.uncheck('#only-changes');
    expect(await count()).toBe('5 of 5 rows shown');
    await page.check('#only-changes');
    await page.reload();
    expect(await page.isChecked('#only-changes')).toBe(true);
    expect(await count()).toBe('2 of 5 rows shown');
    expect(errors).toEqual([]);
  }, 60_000);
});
