import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { HOSTILE_PARAGRAPH, SEED, writeEditedSeed } from './edited-seed.js';

const CHROMIUM = '/usr/bin/chromium';
const OUTPUT = 'test-output/e2e';
const REPORT = resolve(OUTPUT, 'report.html');
const SCREENSHOT = 'test-output/report-screenshot.png';
// The flags the machine notes ask for: no sandbox (root), and no background connections to a closed network.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`Skipping the report browser test: ${CHROMIUM} is missing. Install it with: apt-get install -y chromium`);
}

describe.skipIf(!hasChromium)('the HTML report of the seed against an edited copy, in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    const edited = writeEditedSeed(OUTPUT);
    const stdout = { write: () => true };
    // A fixed SOURCE_DATE_EPOCH keeps the generated page, and so the committed screenshot, reproducible.
    const code = await run(['report', SEED, edited, '-o', REPORT], { stdout, stderr: process.stderr, env: { SOURCE_DATE_EPOCH: '1793534400' } });
    expect(code).toBe(0);

    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, colorScheme: 'light' });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(pathToFileURL(REPORT).href);
  });

  afterAll(async () => {
    await browser?.close();
  });

  const visibleCount = (selector: string) =>
    page.locator(selector).evaluateAll((elements) => elements.filter((element) => element.getClientRects().length > 0).length);

  it('shows every kind of change the edit made', async () => {
    for (const tag of ['substantive', 'merged', 'new', 'dropped', 'moved']) {
      expect(await visibleCount(`.row[data-tags~="${tag}"]:not(.row-moved-from)`), tag).toBe(1);
    }
    expect(await page.locator('.filter-dropped .count').textContent()).toBe('1');
  });

  it('announces what the filters leave in a live region, and heads the comparison for a reader moving by heading (trial 16c #8)', async () => {
    const count = page.locator('#shown-count');
    expect(await count.getAttribute('aria-live')).toBe('polite');
    const total = await page.locator('#rows .row').count();
    expect(await count.textContent()).toBe(`${total} of ${total} rows shown`);
    const dropped = page.locator('button[data-filter="dropped"]');
    await dropped.click();
    expect(await count.textContent()).toBe(`${total - 1} of ${total} rows shown`);
    await dropped.click();
    expect(await count.textContent()).toBe(`${total} of ${total} rows shown`);
    expect(await page.locator('body').ariaSnapshot()).toContain('heading "The comparison, paragraph by paragraph" [level=2]');
  });

  it('hides and shows rows with the filter toggles', async () => {
    const dropped = page.locator('button[data-filter="dropped"]');
    await dropped.click();
    expect(await dropped.getAttribute('aria-pressed')).toBe('false');
    expect(await visibleCount('.row[data-tags~="dropped"]')).toBe(0);
    await dropped.click();
    expect(await dropped.getAttribute('aria-pressed')).toBe('true');
    expect(await visibleCount('.row[data-tags~="dropped"]')).toBe(1);

    const unchanged = page.locator('button[data-filter="unchanged"]');
    const unchangedRows = await visibleCount('.row-unchanged:not(.is-moved)');
    expect(unchangedRows).toBeGreaterThan(10);
    await unchanged.click();
    expect(await visibleCount('.row-unchanged:not(.is-moved)')).toBe(0);
    await unchanged.click();
    expect(await visibleCount('.row-unchanged:not(.is-moved)')).toBe(unchangedRows);
  });

  it('folds unchanged runs with "only changes", and unfolds one on request', async () => {
    await page.check('#only-changes');
    expect(await visibleCount('.row-unchanged:not(.is-moved)')).toBe(0);
    const firstRun = page.locator('.run-toggle').first();
    // The run may open on the title line, named `heading 1` since session 13 (`heading 1 to ¶ 6`).
    expect(await firstRun.textContent()).toMatch(/^\d+ unchanged paragraphs? \(newer (?:heading \d+ to )?¶ [\d–, ]+\)$/);
    await firstRun.click();
    expect(await firstRun.getAttribute('aria-expanded')).toBe('true');
    expect(await visibleCount('.row-unchanged:not(.is-moved)')).toBeGreaterThan(0);
    await firstRun.click();
    await page.uncheck('#only-changes');
  });

  it('jumps from a moved paragraph to where it stood, and back', async () => {
    const movedRow = page.locator('.row.is-moved');
    const rowId = await movedRow.getAttribute('id');
    const link = movedRow.locator('a.moved-link');
    const markerId = (await link.getAttribute('href'))!.slice(1);
    await link.click();
    expect(await page.evaluate(() => location.hash)).toBe(`#${markerId}`);
    await expect.poll(() => page.locator(`#${markerId}`).evaluate(isInViewport)).toBe(true);
    await page.locator(`#${markerId} a.moved-link`).click();
    expect(await page.evaluate(() => location.hash)).toBe(`#${rowId}`);
    await expect.poll(() => movedRow.evaluate(isInViewport)).toBe(true);
  });

  it('moves between changes with j and k, skipping filtered rows', async () => {
    const changeIds = await page.locator('.row.change').evaluateAll((rows) => rows.map((row) => row.id));
    expect(changeIds.length).toBe(5);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.evaluate(() => history.replaceState(null, '', location.pathname));
    await page.reload();
    const focused = () => page.evaluate(() => document.activeElement?.id);
    await page.keyboard.press('j');
    expect(await focused()).toBe(changeIds[0]);
    await page.keyboard.press('j');
    expect(await focused()).toBe(changeIds[1]);
    await page.keyboard.press('k');
    expect(await focused()).toBe(changeIds[0]);

    const hidden = changeIds[1];
    const tag = (await page.locator(`#${hidden}`).getAttribute('data-tags'))!.split(' ')[0];
    await page.locator(`button[data-filter="${tag}"]`).click();
    await page.keyboard.press('n');
    expect(await focused()).toBe(changeIds[2]);
    await page.locator(`button[data-filter="${tag}"]`).click();
    expect(await page.locator('.keys').textContent()).toBe('Keys: j/n next, k/p previous change');
  });

  it('opens a cited paragraph inside a folded run', async () => {
    await page.check('#only-changes');
    await page.evaluate(() => {
      location.hash = '#p-right-4';
    });
    await expect.poll(() => page.locator('#p-right-4').evaluate(isInViewport)).toBe(true);
    await page.uncheck('#only-changes');
  });

  it('tells what an unchanged badge means on hover, and keeps the paragraph numbers small', async () => {
    const badge = page.locator('.row-unchanged:not(.is-moved) .badge-unchanged').first();
    expect(await badge.getAttribute('title')).toBeNull(); // not repeated in the page: the script adds it
    await badge.hover();
    const description = await page.locator('button[data-filter="unchanged"]').getAttribute('title');
    expect(description).toBeTruthy();
    expect(await badge.getAttribute('title')).toBe(description);
    // The position link (¶ 12) is styled by its place, first in its paragraph, not by a class on every link.
    const sizes = await page.locator('.para').first().evaluate((paragraph) => [
      parseFloat(getComputedStyle(paragraph.firstElementChild!).fontSize),
      parseFloat(getComputedStyle(paragraph).fontSize),
    ]);
    expect(sizes[0]).toBeLessThan(sizes[1]);
  });

  it('renders the hostile paragraph as text: no dialog, no image, no extra script', async () => {
    const newRow = page.locator('.row-new .side-right .para');
    expect(await newRow.textContent()).toContain(HOSTILE_PARAGRAPH);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);
    expect(dialogs).toEqual([]);
  });

  it('prints what the screen shows: a row its filter hides is not on paper (issue 20), nor is the toolbar', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await visibleCount('.row[data-tags~="dropped"]')).toBe(1);
    await page.emulateMedia({ media: 'screen' });
    await page.locator('button[data-filter="dropped"]').click();
    await page.emulateMedia({ media: 'print' });
    expect(await visibleCount('.row[data-tags~="dropped"]')).toBe(0);
    expect(await visibleCount('.toolbar')).toBe(0);
    await page.emulateMedia({ media: 'screen' });
    await page.locator('button[data-filter="dropped"]').click();
  });

  it('has no serious or critical accessibility violations (axe-core), in light and dark schemes', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.evaluate(axeSource);
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
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('writes a screenshot of the summary and the first changes', async () => {
    // A fresh load in a taller window: the summary and the first changes, as an analyst would attach it.
    await page.setViewportSize({ width: 1400, height: 1350 });
    await page.goto(pathToFileURL(REPORT).href);
    await page.check('#only-changes');
    await page.screenshot({ path: SCREENSHOT });
    await page.uncheck('#only-changes');
    await page.setViewportSize({ width: 1400, height: 1000 });
    expect(readFileSync(SCREENSHOT).subarray(1, 4).toString()).toBe('PNG');
  });

  it('logged no console errors and made no request beyond the report file itself', () => {
    expect(consoleErrors).toEqual([]);
    expect([...new Set(requests)]).toEqual([pathToFileURL(REPORT).href]);
  });
});

function isInViewport(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.bottom > 0 && box.top < window.innerHeight;
}

const ATT = resolve('../shared/data/un-resolutions/texts/series/the-arms-trade-treaty');
const UN_REPORT = resolve(OUTPUT, 'resolution-report.html');
const hasResolutions = existsSync(ATT);
if (!hasResolutions) console.warn('Skipping the resolution report browser test: ../shared/data is absent (a fresh clone)');

describe.skipIf(!hasChromium || !hasResolutions)('the HTML report of two sessions of a resolution, in Chromium: each paragraph named as the UN cites it', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    const code = await run(['report', resolve(ATT, 'A_RES_79_52.txt'), resolve(ATT, 'A_RES_80_46.txt'), '-o', UN_REPORT], { stdout: { write: () => true }, stderr: process.stderr, env: { SOURCE_DATE_EPOCH: '1793534400' } });
    expect(code).toBe(0);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
    await page.goto(pathToFileURL(UN_REPORT).href);
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** What a reader sees of the row that holds the newer OP 16 (the older OP 15, renumbered): its visible text, in order. */
  const visibleRow = () =>
    page.locator('.row:has(#new-OP16)').evaluate((row) => {
      const texts: string[] = [];
      const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (parent.closest('.meta') || parent.getClientRects().length === 0) continue;
        const text = (node.textContent ?? '').trim();
        if (text) texts.push(getComputedStyle(parent).textTransform === 'uppercase' ? text.toUpperCase() : text);
      }
      return texts;
    });

  it('on a desktop, cites each side by its label alone, OP 15 and OP 16, with no running count or printed number beside it', async () => {
    const seen = await visibleRow();
    expect(seen.slice(0, 2)).toEqual(['OP 15', expect.stringMatching(/^[A-Z]/)]);
    expect(seen).toContain('OP 16');
    expect(seen.filter((text) => /^¶|^\d+\.$/.test(text))).toEqual([]);
    await page.screenshot({ path: 'test-output/resolution-desktop.png', clip: await rowClip() });
  });

  it('on a phone, names each side once, "OLDER OP 15" / "NEWER OP 16", and never "¶ n" beside it', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const seen = await visibleRow();
    expect(seen).toContain('OLDER OP 15');
    expect(seen).toContain('NEWER OP 16');
    expect(seen.filter((text) => /^(OP|PP) \d+$|¶/.test(text))).toEqual([]);
    await page.screenshot({ path: 'test-output/resolution-phone.png', clip: await rowClip() });
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('on paper, prints the label before each paragraph, OP 15 and OP 16', async () => {
    await page.emulateMedia({ media: 'print' });
    const seen = await visibleRow();
    expect(seen).toContain('OP 15');
    expect(seen).toContain('OP 16');
    expect(seen.filter((text) => /^¶|^OLDER|^NEWER/.test(text))).toEqual([]);
    await page.screenshot({ path: 'test-output/resolution-print.png', clip: await rowClip() });
    await page.emulateMedia({ media: 'screen' });
  });

  it('lands on a paragraph cited by side and label, #new-OP16', async () => {
    await page.goto(`${pathToFileURL(UN_REPORT).href}#new-OP16`);
    await expect.poll(() => page.locator('#new-OP16').evaluate(isInViewport)).toBe(true);
    expect(await page.locator('#new-OP16 > a').first().getAttribute('href')).toBe('#new-OP16');
  });

  /** The row on the page, for a screenshot of it alone. */
  async function rowClip() {
    const row = page.locator('.row:has(#new-OP16)');
    await row.scrollIntoViewIfNeeded();
    const box = (await row.boundingBox())!;
    return { x: 0, y: Math.max(box.y - 8, 0), width: page.viewportSize()!.width, height: Math.min(box.height + 16, 700) };
  }
});
