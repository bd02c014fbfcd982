import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { HAS_SHARED, SHARED_DATA } from '../helpers/paths.js';

/**
 * The history page of Cuba's ten General Debate speeches on a 390px phone (trial 16b): the page scrolled 21px sideways,
 * the versions table's titles were cut ("Statem… Genera…") and the strip's heads read "C… C… C…".
 */
const CHROMIUM = '/usr/bin/chromium';
const OUTPUT = resolve('test-output/history');
const SHOTS = resolve('test-output/screenshots');
const PAGE = join(OUTPUT, 'cuba-history.html');
const CUBA = join(SHARED_DATA, 'ungdc/CUB');

describe.skipIf(!existsSync(CHROMIUM) || !HAS_SHARED)('the history page of ten speeches on a phone', () => {
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    mkdirSync(SHOTS, { recursive: true });
    const speeches = readdirSync(CUBA).filter((name) => /^CUB_20(1[5-9]|2\d)_S\d+\.txt$/.test(name)).sort().map((name) => join(CUBA, name));
    expect(speeches).toHaveLength(10);
    const quiet = { stdout: { write: () => true }, stderr: { write: () => true }, env: { SOURCE_DATE_EPOCH: '1767225600' } };
    expect(await run(['history', ...speeches, '-o', PAGE], quiet)).toBe(0);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('does not scroll sideways, shows whole titles and numbers the strip heads', async () => {
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true })).newPage();
    await page.goto(pathToFileURL(PAGE).href);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The warnings open (their files are long paths with no space): still no sideways scrolling.
    await page.locator('.warnings summary').click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The versions table fits its box: the title column wraps inside it.
    const list = await page.locator('.versions-list').evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth, right: element.getBoundingClientRect().right }));
    expect(list.scroll).toBeLessThanOrEqual(list.client + 1);
    const titleRight = await page.locator('.versions td.version-title').first().evaluate((element) => element.getBoundingClientRect().right);
    expect(titleRight).toBeLessThanOrEqual(list.right + 1);
    // The strip's heads are the versions' numbers, each whole in its cell.
    const heads = await page.locator('.strip-head .cell-head').evaluateAll((elements) => elements.map((element) => ({ text: (element as HTMLElement).innerText, fits: element.scrollWidth <= element.clientWidth })));
    expect(heads.map((head) => head.text)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(heads.every((head) => head.fits)).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'history-phone-speeches.png') });
    await page.context().close();
  });

  it('keeps the versions\' names above the strip on a desktop', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await page.goto(pathToFileURL(PAGE).href);
    const heads = await page.locator('.strip-head .cell-head').evaluateAll((elements) => elements.map((element) => (element as HTMLElement).innerText));
    expect(heads[0]).toBe('CUB_2015_S70');
    await page.context().close();
  });
});
