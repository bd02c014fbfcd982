import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderBatchIndex } from '../../src/report/batch-index.js';
import { renderHtml } from '../../src/report/html.js';
import { pageScript } from '../../src/report/templates.js';
import { isRedlineError } from '../../src/errors.js';
import { sampleBatchIndexInput } from './batch-helpers.js';
import { sampleResult, thrownBy } from './helpers.js';

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function overrides(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'redline-batch-templates-'));
  for (const [name, source] of Object.entries(files)) writeFileSync(join(dir, name), source);
  return dir;
}

describe('renderBatchIndex', () => {
  const html = renderBatchIndex(sampleBatchIndexInput());

  it('gets the same Content-Security-Policy as the pair report: its own style and script by hash, nothing else', () => {
    const head = html.slice(0, html.indexOf('</head>'));
    const csp = /^<!doctype html>\n<html lang="en">\n<head>\n<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
    const style = /<style>([\s\S]*?)<\/style>/.exec(head)![1];
    expect(csp?.[1]).toBe(`default-src 'none'; style-src ${sha256(style)}; script-src ${sha256(pageScript('batch-index'))}; base-uri 'none'; form-action 'none'`);
    expect(html).toContain(`<script>${pageScript('batch-index')}</script>`);
    // The pair report's policy has the same shape.
    const report = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(renderHtml(sampleResult()))![1];
    expect(report.replace(/'sha256-[^']+'/g, 'HASH')).toBe(csp![1].replace(/'sha256-[^']+'/g, 'HASH'));
  });

  it('has no style attribute (the policy would block it): heatmap cells carry their colour for the script', () => {
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).toContain('<td data-color="hsl(212, 70%, 47%)" title="beta × draft: 0.81"></td>');
    expect(html).toContain('<td class="est" data-color="hsl(212, 70%, 90%)" title="alpha × draft: 0.12 (estimated)"></td>');
  });

  it('shows, per compared pair, its signal summary and the references and topics added or dropped', () => {
    expect(html).toContain(
      '<td class="signals"><div class="signal-summary">2 references added, 1 topic added.</div><div class="signal-added">references added: resolution 75/240; A/79/214</div><div class="signal-added">topics added: cybercrime</div><div class="signal-dropped">topics dropped: sovereignty</div></td>',
    );
    expect(html.match(/<td class="signals"><\/td>/g)).toHaveLength(2); // the estimated pair and the one without signals
  });

  it('escapes document titles and text', () => {
    expect(html).toContain('title="Beta &lt;script&gt;alert(1)&lt;/script&gt; resolution"');
    expect(html).toContain('We recall &lt;img src&#x3D;x onerror&#x3D;alert(2)&gt; the earlier text.');
    expect(html.split('<script').length - 1).toBe(1);
  });

  it('takes its overrides from the same --templates folder as the pair report, by name', () => {
    const dir = overrides({
      'batch-inputs.hbs': '<section id="inputs"><p>{{documents.length}} documents</p></section>',
      'summary.hbs': '<section class="summary"><p>{{similarity}}</p></section>',
    });
    const page = renderBatchIndex({ ...sampleBatchIndexInput(), templatesDir: dir });
    expect(page).toContain('<section id="inputs"><p>3 documents</p></section>');
    expect(page).not.toContain('Skipped inputs');
    expect(renderHtml(sampleResult(), { templatesDir: dir })).toContain('<section class="summary"><p>78%</p></section>');
  });

  it('renders in strict mode: a misspelt field is a one-line error, not an empty cell', () => {
    const dir = overrides({ 'batch-table.hbs': '{{#each rows}}{{simliarity}}{{/each}}' });
    const caught = thrownBy(() => renderBatchIndex({ ...sampleBatchIndexInput(), templatesDir: dir }));
    expect(isRedlineError(caught) && caught.toLine()).toMatch(new RegExp(`^${dir}: rendering the batch index failed \\("simliarity" not defined in `));
  });

  it('refuses a name that replaces no template of either page', () => {
    const caught = thrownBy(() => renderBatchIndex({ ...sampleBatchIndexInput(), templatesDir: overrides({ 'index.hbs': '' }) }));
    expect(isRedlineError(caught) && caught.code).toBe('unknown-template');
  });
});
