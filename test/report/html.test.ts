import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html.js';
import { readEmbeddedResult } from '../../src/report/embedded.js';
import { isRedlineError } from '../../src/errors.js';
import type { RedlineResult } from '../../src/types.js';
import { HOSTILE_TEXT, relatedResult, sampleResult, syntheticResult, thrownBy } from './helpers.js';

const GENERATED_AT = '2026-11-01T12:00:00Z';

function embeddedJson(html: string): string {
  const match = /<script type="application\/json" id="redline-result"[^>]*>([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error('no embedded JSON block');
  return match[1];
}

function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

describe('renderHtml', () => {
  const result = sampleResult();
  const html = renderHtml(result, { generatedAt: GENERATED_AT });

  it('draws one row per finding, with its kind badge, filter tags and similarity', () => {
    expect(occurrences(html, '<article class="row ')).toBe(result.comparisons[0].findings.length);
    expect(html).toContain('<article class="row row-substantive change is-moved" id="r-2" data-tags="substantive moved"');
    expect(html).toContain('<article class="row row-editorial change" id="r-3" data-tags="editorial"');
    for (const tag of ['split', 'merged', 'new', 'dropped']) expect(html).toContain(`data-tags="${tag}"`);
    expect(html).toContain('<span class="similarity">86% similar</span>');
  });

  it('gives every paragraph of both documents exactly one stable anchor', () => {
    for (const document of result.documents) {
      const side = document.id === 'older' ? 'left' : 'right';
      for (const paragraph of document.paragraphs) {
        expect(occurrences(html, ` id="p-${side}-${paragraph.index + 1}"`)).toBe(1);
      }
    }
  });

  it('marks word changes with del and ins inside each pair', () => {
    expect(html).toContain('We <del>welcome</del> the adoption');
    expect(html).toContain('We <ins>note</ins> the adoption');
    expect(html).toContain('Commitment weakened: welcome → note');
  });

  it('spreads a split over the paragraphs it became, each with its own part of the diff', () => {
    expect(html).toMatch(/id="p-right-6" dir="auto"><a [^>]*>¶ 6 \(5\.\)<\/a> We recognize the need to improve the legal framework between States<ins>\.<\/ins><\/p>/);
    expect(html).toMatch(/id="p-right-7" dir="auto"><a [^>]*>¶ 7 \(6\.\)<\/a> <ins>We<\/ins> call for a binding instrument\.<\/p>/);
  });

  it('links a moved paragraph to where it stood, and back', () => {
    expect(html).toContain('<a class="moved-link" href="#moved-from-left-9">Moved from older ¶ 9</a>');
    expect(html).toContain('<div class="row row-moved-from" id="moved-from-left-9" data-tags="substantive moved">');
    expect(html).toContain('<a class="moved-link" href="#r-2">Older ¶ 9 moved: see newer ¶ 2</a>');
    // The older ¶ 9 stood after ¶ 8, which was dropped: the marker follows the dropped row.
    expect(html.indexOf('id="moved-from-left-9"')).toBeGreaterThan(html.indexOf('data-tags="dropped"'));
  });

  it('folds unchanged paragraphs into runs that "only changes" collapses', () => {
    expect(html).toContain('aria-controls="run-r-5-rows">1 unchanged paragraph (newer ¶ 5)</button>');
  });

  it('renders hostile document text as text: no markup, no template expansion', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).toContain('Note &lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt; and &quot;&gt;&lt;img src&#x3D;x onerror&#x3D;alert(2)&gt;');
    expect(html).toContain('{{constructor}} {{handlebars}} &lt;/script&gt;&lt;!-- end');
    // Exactly the page's own two script elements: the JSON block and the page script.
    expect(occurrences(html, '<script')).toBe(2);
  });

  it('escapes hostile document metadata too', () => {
    const hostile = sampleResult();
    hostile.documents[1].title = '</title><script>alert(1)</script>';
    hostile.documents[1].issuer = '"><img src=x onerror=alert(1)>';
    const page = renderHtml(hostile);
    expect(page).toContain('<title>Redline: &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(page).not.toContain('<img');
    expect(occurrences(page, '<script')).toBe(2);
  });

  it('writes a hostile symbol into the print\'s running head as CSS code points: nothing can end the string or the style block', () => {
    const hostile = sampleResult();
    hostile.documents[1].symbol = 'A/80/L.1"}</style><script>alert(1)</script>\\';
    const page = renderHtml(hostile);
    const head = /@top-left \{ content: "([^"]*)"/.exec(page)?.[1];
    expect(head).toBe(`${hostile.documents[0].title.slice(0, 48).trim()}${hostile.documents[0].date ? ` (${hostile.documents[0].date})` : ''} → A/80/L.1\\22 }\\3C /style\\3E \\3C script\\3E alert(1)\\3C /script\\3E \\5C `);
    expect(occurrences(page, '</style>')).toBe(1);
    expect(occurrences(page, '<script')).toBe(2);
    // The row's citation button carries the symbol as an escaped attribute.
    expect(page).toContain('data-cite="A/80/L.1&quot;}&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;\\, ');
  });

  it('allows only its own inline style and script, by hash, in a Content-Security-Policy meta tag', () => {
    const head = html.slice(0, html.indexOf('</head>'));
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(head);
    expect(csp).not.toBeNull();
    expect(head.indexOf('Content-Security-Policy')).toBeLessThan(head.indexOf('<style>'));
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1];
    expect(csp![1]).toBe(
      `default-src 'none'; style-src ${hash(style)}; script-src ${hash(script)}; base-uri 'none'; form-action 'none'`,
    );
  });

  it('embeds the result as JSON that reads back to the same value, with nothing that could end the script', () => {
    const json = embeddedJson(html);
    expect(json).not.toMatch(/<\/script|<!--|</i);
    expect(readEmbeddedResult(html)).toEqual(result);
    expect(readEmbeddedResult(html).documents[1].paragraphs[8].text).toBe(HOSTILE_TEXT);
  });

  it('prints the tool version, options, checksums and the given generation time', () => {
    expect(html).toContain('<meta name="redline-generated-at" content="2026-11-01T12:00:00Z">');
    expect(html).toContain('<dt>Generated at</dt><dd>2026-11-01T12:00:00Z</dd>');
    expect(html).toContain('<code>threshold=0.3</code>');
    expect(html).toContain('a'.repeat(64));
    expect(html).toContain('<meta name="generator" content="redline 0.1.0">');
  });

  it('is deterministic: the same input gives byte-identical output, with no clock read unless asked', () => {
    expect(renderHtml(sampleResult(), { generatedAt: GENERATED_AT })).toBe(html);
    const untimed = renderHtml(sampleResult());
    expect(untimed).toBe(renderHtml(sampleResult()));
    expect(untimed).toContain('<dt>Generated at</dt><dd>not recorded</dd>');
  });

  it('says which document a finding points into when the result is inconsistent', () => {
    const broken = sampleResult();
    broken.comparisons[0].findings[0].right = [40];
    expect(() => renderHtml(broken)).toThrow(/paragraph 40 of "newer", which has 9 paragraphs/);
  });
});

describe('renderHtml with --templates', () => {
  function templatesDir(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'redline-templates-'));
    for (const [name, source] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), source);
    }
    return dir;
  }

  it('replaces a partial by file name, in the folder or its partials/ subfolder, keeping the rest', () => {
    const dir = templatesDir({
      'summary.hbs': '<section class="summary"><p>Our summary: {{similarity}} similar</p></section>',
      'partials/row.hbs': '<p class="our-row" id="{{id}}">{{kind}}: {{#each right}}{{> inline-diff}}{{/each}}</p>',
    });
    const page = renderHtml(sampleResult(), { templatesDir: dir });
    expect(page).toContain('<p>Our summary: 78% similar</p>');
    expect(page).not.toContain('The compared documents');
    expect(page).toContain('<p class="our-row" id="r-9">new: Note &lt;script&gt;');
    expect(page).toContain('<p class="our-row" id="r-8">dropped: </p>');
    expect(page).toContain('<div class="row row-moved-from" id="moved-from-left-9"');
  });

  it('keeps the CSP right when the styles are overridden', () => {
    const page = renderHtml(sampleResult(), { templatesDir: templatesDir({ 'styles.hbs': 'body { color: teal; }' }) });
    const hash = createHash('sha256').update('body { color: teal; }').digest('base64');
    expect(page).toContain(`style-src 'sha256-${hash}'`);
  });

  it('refuses a file that replaces nothing, naming the templates it could replace', () => {
    const caught = thrownBy(() => renderHtml(sampleResult(), { templatesDir: templatesDir({ 'sumary.hbs': '' }) }));
    expect(isRedlineError(caught) && caught.code).toBe('unknown-template');
    expect(isRedlineError(caught) && caught.toLine()).toMatch(/sumary\.hbs replaces no template\. Name an override after the template it replaces: about, batch-chain, batch-digest, batch-index, .*, summary, toolbar, unchanged-run, why\.$/);
  });

  it('reports a template that names a missing field instead of printing nothing', () => {
    const dir = templatesDir({ 'summary.hbs': '{{similarty}}' });
    expect(() => renderHtml(sampleResult(), { templatesDir: dir })).toThrow(/rendering the report failed \("similarty" not defined/);
  });

  it('refuses a broken override up front, in one line, even when the page does not use it', () => {
    // The synthetic comparison moves nothing, so no row-moved-from marker is drawn.
    const dir = templatesDir({ 'row-moved-from.hbs': '{{#if}}broken' });
    const caught = thrownBy(() => renderHtml(syntheticResult(20), { templatesDir: dir }));
    expect(isRedlineError(caught) && caught.code).toBe('bad-template');
    expect(isRedlineError(caught) && caught.toLine()).toBe(`${dir}: the template row-moved-from.hbs does not parse (Parse error on line 1:). Fix it, or remove it to use the built-in one (docs/templates.md).`);
  });
});

describe('renderHtml on a 1,000-paragraph comparison', () => {
  it('stays under 5 MB and renders quickly', () => {
    const result: RedlineResult = syntheticResult(1000);
    const started = performance.now();
    const page = renderHtml(result, { generatedAt: GENERATED_AT });
    const milliseconds = performance.now() - started;
    const bytes = Buffer.byteLength(page);
    console.log(`1,000-paragraph report: ${(bytes / 1e6).toFixed(2)} MB, rendered in ${milliseconds.toFixed(0)} ms`);
    expect(bytes).toBeLessThan(5_000_000);
    // Lean DOM: unchanged text gets no per-word elements. Each synthetic edit rewords one word and drops another,
    // so each modified pair costs exactly one <ins> and two <del> elements, and nothing else does.
    const modified = result.comparisons[0].summary.modified;
    expect(occurrences(page, '<ins>')).toBe(modified);
    expect(occurrences(page, '<del>')).toBe(modified * 2);
  });

  it('shows a related link as a note on the dropped row, its words escaped', () => {
    const result = relatedResult();
    result.comparisons[0].related[0].shared = ['<b>tag</b>', ...result.comparisons[0].related[0].shared];
    const page = renderHtml(result, { generatedAt: GENERATED_AT });
    expect(page).toContain('<span class="related">Related to newer ¶ 2, 4 (59% of its content; shared: &lt;b&gt;tag&lt;/b&gt;, parties, 2035, phasing, unabated, coal, …)</span>');
    expect(page).not.toContain('<b>tag</b>');
  });
});
