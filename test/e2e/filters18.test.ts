import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

/**
 * Trial 17b D15/D16 in Chromium, on the Rohingya series (78/219 → 79/182 → 80/221): the history's "only" beside a kind
 * shows the positions marked with it, and both pages' "N of M shown" is the number of rows on screen.
 */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const OUTPUT = resolve('test-output/filters18');
const SERIES = join(SHARED_DATA, 'un-resolutions/texts/series/situation-of-human-rights-of-rohingya-muslims-and-other-mino');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`Skipping the filter browser test: ${CHROMIUM} is missing. Install it with: apt-get install -y chromium`);
if (!HAS_SHARED) console.warn(`Skipping the filter browser test: ${SHARED_MISSING}`);

describe.skipIf(!hasChromium || !HAS_SHARED)('filters that show what they say, in Chromium (Rohingya 78/219 → 80/221)', () => {
  let browser: Browser;
  const errors: string[] = [];
  const HISTORY = join(OUTPUT, 'history.html');
  const REPORT = join(OUTPUT, 'report.html');

  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    const versions = readdirSync(SERIES).filter((name) => name.endsWith('.txt')).sort().map((name) => join(SERIES, name));
    const quiet = { stdout: { write: () => true }, stderr: { write: () => true }, env: { SOURCE_DATE_EPOCH: '1767225600' } };
    expect(await run(['history', ...versions, '-o', HISTORY], quiet)).toBe(0);
    expect(await run(['report', versions[1], versions[2], '-o', REPORT], quiet)).toBe(0);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(file: string): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(file).href);
    return page;
  }
  const onScreen = (page: Page, selector: string): Promise<number> =>
    page.locator(selector).evaluateAll((elements) => elements.filter((element) => element.getClientRects().length > 0).length);

  it('history: "only" beside Dropped shows every dropped position and no other, and counts them', async () => {
    const page = await open(HISTORY);
    const total = await page.locator('.position').count();
    const dropped = await page.locator('.position[data-tags~="dropped"]').count();
    expect(dropped).toBe(7);
    await page.click('[data-only="dropped"]');
    expect(await onScreen(page, '.position')).toBe(dropped);
    expect(await onScreen(page, '.position[data-tags~="dropped"]')).toBe(dropped);
    expect(await page.locator('#shown-count').textContent()).toBe(`${dropped} of ${total} positions shown`);
    expect(await page.locator('[data-filter="dropped"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('[data-filter="new"]').getAttribute('aria-pressed')).toBe('false');
    // Only New next, then every kind again.
    const fresh = await page.locator('.position[data-tags~="new"]').count();
    await page.click('[data-only="new"]');
    expect(await onScreen(page, '.position')).toBe(fresh);
    expect(await page.locator('#shown-count').textContent()).toBe(`${fresh} of ${total} positions shown`);
    await page.screenshot({ path: join(OUTPUT, 'history-only-new.png') });
    await page.click('#show-all');
    expect(await onScreen(page, '.position')).toBe(total);
    expect(await page.locator('#shown-count').textContent()).toBe(`${total} of ${total} positions shown`);
    await page.context().close();
  });

  it('pair report: "Only position shifts" counts the rows it shows, not the unchanged ones it hides', async () => {
    const page = await open(REPORT);
    const total = await page.locator('#rows .row').count();
    const shifts = await page.locator('#rows > .row[data-tags~="shift"]').count();
    expect(shifts).toBeGreaterThan(0);
    await page.check('#only-signals');
    expect(await onScreen(page, '#rows .row')).toBe(shifts);
    expect(await page.locator('#shown-count').textContent()).toBe(`${shifts} of ${total} rows shown`);
    // Hiding Unchanged hides the runs too: they are not shown rows either.
    await page.uncheck('#only-signals');
    const unchanged = await page.locator('#rows .row[data-tags~="unchanged"]').count();
    await page.click('button[data-filter="unchanged"]');
    expect(await onScreen(page, '#rows .row')).toBe(total - unchanged);
    expect(await page.locator('#shown-count').textContent()).toBe(`${total - unchanged} of ${total} rows shown`);
    await page.context().close();
    expect(errors).toEqual([]);
  });
});
