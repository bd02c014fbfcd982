import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

/**
 * The history page in Chromium, on a real UN series (three sessions of one resolution, a paragraph dropped and
 * reinstated): desktop 1440×900, phone 390×844, A4 print; filters, "Only changes", axe-core in both schemes.
 * Screenshots go to test-output/screenshots/ (docs/screenshots/history-*.png are copies of these).
 */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const OUTPUT = resolve('test-output/history');
const SHOTS = resolve('test-output/screenshots');
const PAGE = join(OUTPUT, 'history.html');
const LONG_PAGE = join(OUTPUT, 'fomc-history.html');
const ALL_PAGE = join(OUTPUT, 'fomc-all-history.html');
const SERIES = join(SHARED_DATA, 'un-resolutions/texts/series/report-of-the-special-committee-on-the-charter-of-the-united');
const DESKTOP: BrowserContextOptions = { viewport: { width: 1440, height: 900 }, colorScheme: 'light' };
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, colorScheme: 'light' };
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`Skipping the history browser test: ${CHROMIUM} is missing. Install it with: apt-get install -y chromium`);
if (!HAS_SHARED) console.warn(`Skipping the history browser test: ${SHARED_MISSING}`);

describe.skipIf(!hasChromium || !HAS_SHARED)('the history page of a UN series, in Chromium', () => {
  let browser: Browser;
  const errors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    mkdirSync(SHOTS, { recursive: true });
    const versions = readdirSync(SERIES).filter((name) => name.endsWith('.txt')).sort().map((name) => join(SERIES, name));
    const quiet = { stdout: { write: () => true }, stderr: { write: (text: string) => process.stderr.write(text) }, env: { SOURCE_DATE_EPOCH: '1767225600' } };
    expect(await run(['history', ...versions, '-o', PAGE], quiet)).toBe(0);
    // A long series: 40 FOMC statements (squares without labels in the strip, warnings folded).
    const fomc = join(SHARED_DATA, 'fomc-statements');
    const statements = readdirSync(fomc).filter((name) => name.endsWith('.txt')).sort().slice(0, 40).map((name) => join(fomc, name));
    expect(await run(['history', ...statements, '-o', LONG_PAGE], quiet)).toBe(0);
    // Every FOMC statement (219 versions): the strip must still fit a phone.
    const all = readdirSync(fomc).filter((name) => name.endsWith('.txt')).sort().map((name) => join(fomc, name));
    expect(all.length).toBeGreaterThanOrEqual(219);
    expect(await run(['history', ...all, '-o', ALL_PAGE], quiet)).toBe(0);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(options: BrowserContextOptions = DESKTOP, file = PAGE): Promise<Page> {
    const page = await (await browser.newContext(options)).newPage();
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(file).href);
    return page;
  }

  const visible = (page: Page, selector: string): Promise<number> =>
    page.locator(selector).evaluateAll((elements) => elements.filter((element) => element.getClientRects().length > 0).length);

  it('shows the reinstated paragraph once, with its strip, timeline and the step from the version that last held it', async () => {
    const page = await open();
    const reinstated = page.locator('.position[data-tags~="reinstated"]');
    expect(await reinstated.count()).toBe(1);
    expect(await reinstated.locator('.cell').evaluateAll((cells) => cells.map((cell) => cell.className))).toEqual(['cell cell-first', 'cell cell-absent', 'cell cell-reinstated']);
    expect(await reinstated.locator('.timeline').textContent()).toMatch(/^in 78\/\d+ · dropped in 79\/\d+ · reinstated in 80\/\d+/);
    expect(await reinstated.locator('.step-head strong').first().textContent()).toMatch(/^78\/\d+ → 80\/\d+$/);
    await page.context().close();
  });

  it('filters positions by kind and by "Only changes", and counts what it shows', async () => {
    const page = await open();
    const total = await page.locator('.position').count();
    const unchanged = await page.locator('.position:not(.is-changed)').count();
    expect(unchanged).toBeGreaterThan(0);
    await page.check('#only-changes');
    expect(await visible(page, '.position')).toBe(total - unchanged);
    expect(await page.locator('#shown-count').textContent()).toBe(`${total - unchanged} of ${total} positions shown`);
    await page.uncheck('#only-changes');
    const dropped = page.locator('button[data-filter="dropped"]');
    const droppedOnly = await page.locator('.position[data-tags="dropped"]').count();
    await dropped.click();
    expect(await dropped.getAttribute('aria-pressed')).toBe('false');
    expect(await visible(page, '.position')).toBe(total - droppedOnly);
    await page.context().close();
  });

  it('has no serious or critical accessibility violations (axe-core), in light and dark schemes, for 3 and 40 versions', async () => {
    for (const file of [PAGE, LONG_PAGE]) await checkAxe(await open(DESKTOP, file));
  });

  it('draws a long series as one square per version, each named for readers', async () => {
    const page = await open(DESKTOP, LONG_PAGE);
    const first = page.locator('.position').first();
    expect(await first.locator('.strip.labelled').count()).toBe(0);
    expect(await first.locator('.cell').count()).toBe(40);
    expect(await first.locator('.cell .visually-hidden').first().textContent()).toMatch(/^fomc_1994-02-04: /);
    await page.context().close();
  });

  it('fits a strip of 219 versions on a 390px phone: no sideways scrolling, every square inside its position', async () => {
    const page = await open(PHONE, ALL_PAGE);
    const first = page.locator('.position').first();
    expect(await first.locator('.cell').count()).toBe(await page.locator('#report').evaluate((element) => Number((element as HTMLElement).dataset.versions)));
    expect(await first.locator('.cell').count()).toBeGreaterThanOrEqual(219);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const strip = await first.locator('.strip').evaluate((element) => ({ right: element.getBoundingClientRect().right, scroll: element.scrollWidth, client: element.clientWidth }));
    const lastCell = await first.locator('.cell').last().evaluate((element) => element.getBoundingClientRect().right);
    expect(lastCell).toBeLessThanOrEqual(strip.right + 2);
    expect(strip.scroll).toBeLessThanOrEqual(strip.client + 2);
    await page.screenshot({ path: join(SHOTS, 'history-phone-219.png') });
    await page.context().close();
  });

  it('keeps each version\'s number, symbol and date whole on a 390px phone (no "78/20|3"), the page not scrolling sideways', async () => {
    const page = await open(PHONE);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const cells = await page.locator('table.versions tbody tr > *').evaluateAll((elements) =>
      elements.map((element) => ({ text: element.textContent ?? '', lines: element.getClientRects().length === 0 ? 0 : Math.round(element.getBoundingClientRect().height / (parseFloat(getComputedStyle(element).lineHeight) || 16)) })),
    );
    expect(cells.length).toBeGreaterThanOrEqual(15);
    expect(cells.map((cell) => cell.text)).toContain('A/RES/80/166');
    expect(cells.filter((cell) => cell.lines > 1)).toEqual([]);
    await page.context().close();
  });

  async function checkAxe(page: Page): Promise<void> {
    await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const { passes, violations } = await page.evaluate(async () => {
        type AxeResult = { id: string; impact: string; nodes: Array<{ target: string[] }> };
        const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ passes: AxeResult[]; violations: AxeResult[] }> } }).axe;
        const results = await axe.run(document);
        return {
          passes: results.passes.length,
          violations: results.violations
            .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
            .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`),
        };
      });
      expect(passes, 'axe ran its checks').toBeGreaterThan(10);
      expect(violations, colorScheme).toEqual([]);
    }
    await page.context().close();
  }

  it('writes the desktop, phone and print views', async () => {
    const desktop = await open();
    await desktop.check('#only-changes');
    await desktop.screenshot({ path: join(SHOTS, 'history-desktop.png') });
    await desktop.uncheck('#only-changes');
    await desktop.context().close();

    const phone = await open(PHONE);
    // Nothing wider than the screen: no sideways scrolling on a phone.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The reinstated position, as a reader on a phone reaches it from the filters.
    await phone.locator('.position[data-tags~="reinstated"]').scrollIntoViewIfNeeded();
    await phone.evaluate(() => window.scrollBy(0, -180));
    await phone.screenshot({ path: join(SHOTS, 'history-phone.png') });
    await phone.context().close();

    const print = await open({ ...DESKTOP, colorScheme: 'dark' });
    await print.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await print.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(await visible(print, '.toolbar')).toBe(0);
    const pdf = join(OUTPUT, 'history.pdf');
    await print.pdf({ path: pdf, format: 'A4', printBackground: true });
    if (existsSync('/usr/bin/pdftoppm')) execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '60', '-png', '-singlefile', pdf, join(SHOTS, 'history-print')]);
    await print.context().close();
    for (const name of ['history-desktop', 'history-phone']) expect(readFileSync(join(SHOTS, `${name}.png`)).subarray(1, 4).toString()).toBe('PNG');
  });

  it('logged no console errors and made no request beyond the page itself', () => {
    expect(errors).toEqual([]);
    expect(new Set(requests)).toEqual(new Set([pathToFileURL(PAGE).href, pathToFileURL(LONG_PAGE).href, pathToFileURL(ALL_PAGE).href]));
  });
});
