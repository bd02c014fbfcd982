import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderBatchIndex } from '../../src/report/batch-index.js';
import { renderHtml } from '../../src/report/html.js';
import { sampleBatchIndexInput, sampleChainIndexParts } from '../report/batch-helpers.js';
import { sampleResult } from '../report/helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const OUTPUT = resolve('test-output/e2e');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

describe.skipIf(!existsSync(CHROMIUM))('the batch index and the Content-Security-Policy, in Chromium', () => {
  let browser: Browser;

  /** Open a page and collect its console errors and dialogs. */
  async function open(html: string, name: string): Promise<{ page: Page; errors: string[]; dialogs: string[] }> {
    const file = join(OUTPUT, name);
    writeFileSync(file, html);
    const page = await browser.newPage();
    const errors: string[] = [];
    const dialogs: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(pathToFileURL(file).href);
    return { page, errors, dialogs };
  }

  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('sorts the pair table with its heading buttons, reverses on a second press, and paints the matrix, with no CSP error', async () => {
    const { page, errors } = await open(renderBatchIndex(sampleBatchIndexInput()), 'batch-index.html');
    const firstColumn = () => page.locator('table.pairs[data-sortable] tbody tr td:first-child').allTextContents();
    expect(await firstColumn()).toEqual(['1', '2', '3']);
    const similarity = page.locator('table.pairs[data-sortable] th', { hasText: 'similarity' });
    await similarity.locator('button').click();
    expect(await similarity.getAttribute('aria-sort')).toBe('ascending');
    expect(await firstColumn()).toEqual(['1', '3', '2']);
    await similarity.locator('button').press('Enter');
    expect(await similarity.getAttribute('aria-sort')).toBe('descending');
    expect(await firstColumn()).toEqual(['2', '3', '1']);
    const colour = await page.locator('.target-matrix td.first').evaluate((cell) => getComputedStyle(cell).backgroundColor);
    expect(colour).toBe('rgb(138, 183, 234)'); // hsl(212, 70%, 73%), as Chromium computes it
    expect(await page.locator('.matrix td[data-color]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  // At 390 px seven columns would scroll sideways: each series is a card whose cells say what they count.
  it('shows the table of series on a phone as cards, every cell labelled, nothing wider than the screen', async () => {
    const { input, manifest, records } = sampleChainIndexParts();
    const { page, errors } = await open(renderBatchIndex({ ...input, manifest, records, lineage: null }), 'batch-index-series.html');
    await page.setViewportSize({ width: 390, height: 844 });
    const table = page.locator('table.series');
    const box = await table.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const labels = await page.locator('table.series tbody tr').first().locator('td').evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell, '::before').content));
    expect(labels).toEqual(['"grouped by: "', '"versions: "', '"steps: "', '"technical updates: "', '"negotiated steps: "', '"pair reports: "']);
    // On a desktop it is a table again, its headings shown.
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(await page.locator('table.series thead').evaluate((head) => getComputedStyle(head).position)).not.toBe('absolute');
    // At 1280 px the seven columns fit without sideways scrolling (headings wrap), each pair's link whole on one line.
    await page.setViewportSize({ width: 1280, height: 900 });
    const region = await page.locator('.scroll:has(> table.series)').evaluate((box) => ({ scroll: box.scrollWidth, client: box.clientWidth }));
    expect(region.scroll).toBeLessThanOrEqual(region.client);
    const link = page.locator('table.series td:last-child a').first();
    expect(await link.evaluate((anchor) => anchor.getClientRects().length)).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  // Session 12, a new user's batch of UN resolutions at 1280 px: the pairs table was ~1,500 px wide (its signals column
  // cut), the last date under each chart clipped (screen and print), the charts in another order than the series table.
  it('fits a 1280 px window: the pairs table whole, every chart label inside its chart, the charts in the order of the series table', async () => {
    const { input, manifest, records } = sampleChainIndexParts();
    const long = { summary: '1 reference added, 3 references removed, 1 date added, 1 year added, 1 ordinal removed, 1 commitment weakened, 1 commitment strengthened, 3 routine updates.', referencesAdded: ['resolution 78/48'], referencesRemoved: ['resolution 76/233', 'Article 9', 'Article 11'], topicsAdded: ['international law and norms', 'human rights'], topicsRemoved: ['institutional mechanism'] };
    const symbol = (id: string): string => `A/RES/${id.slice(1)}/${id.charCodeAt(0) * 3}`;
    const unRecords = records.map((record) => ({ ...record, left: symbol(record.left), right: symbol(record.right), leftDate: '2023-12-06', rightDate: `2025-12-${String(10 + record.pair).padStart(2, '0')}`, signals: long }));
    // The series table lists BETA first (as a committee and agenda item would order it); ALPHA's pair comes first in date.
    const ordered = { ...manifest, series: [...manifest.series].reverse() };
    const { page, errors } = await open(renderBatchIndex({ ...input, manifest: ordered, records: unRecords, lineage: null }), 'batch-index-1280.html');
    await page.setViewportSize({ width: 1280, height: 900 });
    const region = await page.locator('.scroll:has(> table.pairs)').evaluate((box) => ({ scroll: box.scrollWidth, client: box.clientWidth }));
    expect(region.scroll).toBeLessThanOrEqual(region.client);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    const labelsInside = () =>
      page.locator('.chart svg').evaluateAll((svgs) =>
        svgs.map((svg) => {
          const width = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
          const box = svg.getBoundingClientRect();
          return Array.from(svg.querySelectorAll('text')).every((text) => {
            const bbox = (text as SVGGraphicsElement).getBBox();
            const shown = text.getBoundingClientRect();
            return bbox.x >= 0 && bbox.x + bbox.width <= width && shown.right <= box.right + 0.5;
          });
        }),
      );
    expect(await labelsInside()).toEqual([true, true]);
    expect(await page.locator('.chart figcaption').allTextContents()).toEqual([expect.stringMatching(/^BETA:/), expect.stringMatching(/^ALPHA:/)]);
    expect(await page.locator('table.series tbody th[scope="row"]').allTextContents()).toEqual([expect.stringMatching(/^BETA/), expect.stringMatching(/^ALPHA/)]);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 718, height: 1000 });
    expect(await labelsInside()).toEqual([true, true]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits the width of A4 in print: every table wraps inside the page, the signals column whole', async () => {
    const { page, errors } = await open(renderBatchIndex(sampleBatchIndexInput()), 'batch-index-print.html');
    await page.emulateMedia({ media: 'print' });
    // A4 is 210 mm wide; the page's margins leave 190 mm, 718 CSS pixels, for the content.
    await page.setViewportSize({ width: 718, height: 1000 });
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      tables: Array.from(document.querySelectorAll('table')).map((table) => `${table.className}: ${Math.round(table.getBoundingClientRect().right)}`),
    }));
    expect(widths.page).toBeLessThanOrEqual(718);
    for (const table of widths.tables) expect(Number(table.split(': ')[1]), table).toBeLessThanOrEqual(718);
    expect(await page.locator('table.pairs td.signals').nth(1).evaluate((cell) => cell.getBoundingClientRect().right)).toBeLessThanOrEqual(718);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints each date whole under its symbol, the symbol whole too, and leaves the date columns to the signals', async () => {
    // UN symbols as ids, as a batch over resolutions has them.
    const input = JSON.parse(JSON.stringify(sampleBatchIndexInput()).replaceAll('"beta"', '"A/RES/78/168"').replaceAll('"draft"', '"A/RES/79/227"')) as ReturnType<typeof sampleBatchIndexInput>;
    // Such documents carry their symbol, the name the table gives them (`documentName`).
    for (const document of input.manifest.documents) if (document.id.startsWith('A/RES/')) document.symbol = document.id;
    const { page, errors } = await open(renderBatchIndex(input), 'batch-index-print-dates.html');
    const cells = () =>
      page.locator('table.pairs tbody tr').nth(1).locator('td.doc').evaluateAll((tds) =>
        tds.map((td) => {
          const lines = (node: Node): number => {
            const range = document.createRange();
            range.selectNodeContents(node);
            return new Set(Array.from(range.getClientRects()).map((rect) => Math.round(rect.top))).size;
          };
          const date = td.querySelector('.doc-date')!;
          return { symbol: td.firstChild!.textContent, symbolLines: lines(td.firstChild!), date: date.textContent, dateShown: getComputedStyle(date).display !== 'none' && lines(date) === 1 };
        }),
      );
    // On screen the dates have columns of their own.
    expect((await cells()).map((cell) => cell.dateShown)).toEqual([false, false]);
    expect(await page.locator('table.pairs th.date').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 718, height: 1000 });
    expect(await cells()).toEqual([
      { symbol: 'A/RES/78/168', symbolLines: 1, date: '2020-03-04', dateShown: true },
      { symbol: 'A/RES/79/227', symbolLines: 1, date: '2024-10-25', dateShown: true },
    ]);
    expect(await page.locator('table.pairs th.date').first().isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('names its tables and says where each report link goes (trial 16c #8: "html" ×6 and "json" ×6, no caption)', async () => {
    const { input, manifest, records } = sampleChainIndexParts();
    const { page, errors } = await open(renderBatchIndex({ ...input, manifest, records, lineage: null }), 'a11y-index.html');
    const snapshot = await page.locator('body').ariaSnapshot();
    expect(snapshot).toContain('caption: "Series: versions, steps, technical updates and negotiated steps of each"');
    expect(snapshot).toContain("caption: \"Pairs compared: each pair's reports, documents, similarity, findings by kind and signals\"");
    const links = await page.locator('td.report-links a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('aria-label') ?? anchor.textContent));
    expect(links.length).toBeGreaterThan(0);
    // Every report link is named by its pair, and starts with the words it shows (its accessible name holds its label).
    expect(links.every((name) => /^(html: the pair report|json: the pair) .+ → .+/.test(name ?? ''))).toBe(true);
    expect(new Set(links).size).toBe(links.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('blocks a script that an override pastes from document text', async () => {
    const result = sampleResult();
    result.documents[1].title = 'alert(document.domain)';
    const dir = mkdtempSync(join(tmpdir(), 'redline-templates-'));
    writeFileSync(join(dir, 'summary.hbs'), '<section class="summary"><script>{{{heading}}}</script></section>');
    const { page, errors, dialogs } = await open(renderHtml(result, { templatesDir: dir }), 'smuggled-script.html');
    expect(dialogs).toEqual([]);
    expect(errors.some((error) => error.includes('Content Security Policy'))).toBe(true);
    // The page's own script still runs.
    expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
    await page.close();
  });
});
