import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { renderBatchIndex } from '../../src/report/batch-index.js';
import { renderHtml } from '../../src/report/html.js';
import { CLIENT_SCRIPTS_DIR, TEMPLATES_DIR, pageScript, templateCompilations } from '../../src/report/templates.js';
import { isRedlineError } from '../../src/errors.js';
import { sampleBatchIndexInput } from './batch-helpers.js';
import { sampleResult, syntheticResult, thrownBy } from './helpers.js';

function templatesDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'redline-templates-'));
  for (const [name, source] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), source);
  }
  return dir;
}

/** The `.hbs` files of a built-in page folder and its partials. */
function templateCount(folder: string): number {
  return [folder, join(folder, 'partials')].flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.hbs'))).length;
}

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function policy(html: string): string {
  const match = /^<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta http-equiv="Content-Security-Policy" content="([^"]+)">\n/i.exec(html);
  if (!match) throw new Error('no Content-Security-Policy meta tag first in <head>');
  return match[1];
}

describe('the template registry', () => {
  it('compiles each template once per process, for every page it renders', () => {
    const reportTemplates = templateCount(TEMPLATES_DIR);
    const batchTemplates = templateCount(join(TEMPLATES_DIR, 'batch'));
    expect([reportTemplates, batchTemplates]).toEqual([14, 11]); // batch: + batch-memo (the target memo, trial 15a)
    // A new override folder is a new cache entry: its first render compiles, later ones reuse.
    const dir = templatesDir({ 'why.hbs': '<details class="why"><summary>Why</summary></details>' });
    const before = templateCompilations();
    renderHtml(sampleResult(), { templatesDir: dir });
    expect(templateCompilations() - before).toBe(reportTemplates);
    for (let i = 0; i < 3; i += 1) renderHtml(syntheticResult(30 + i), { templatesDir: dir });
    renderBatchIndex({ ...sampleBatchIndexInput(), templatesDir: dir });
    renderBatchIndex({ ...sampleBatchIndexInput(), templatesDir: dir });
    expect(templateCompilations() - before).toBe(reportTemplates + batchTemplates);
  });

  it('takes the built-in templates precompiled by the build, and renders the page byte for byte as compiled from source', async () => {
    vi.resetModules();
    const registry = await import('../../src/report/templates.js');
    registry.writePrecompiledTemplates(); // what npm run build does
    vi.resetModules();
    const fresh = await import('../../src/report/templates.js');
    const { renderHtml: render } = await import('../../src/report/html.js');
    const reportTemplates = templateCount(TEMPLATES_DIR);
    const generatedAt = '2026-01-01T00:00:00Z';
    const precompiled = render(syntheticResult(40), { generatedAt });
    expect(fresh.precompiledTemplateUses()).toBe(reportTemplates);
    // Every built-in template given as an override is compiled from its source: the same page.
    const copies = Object.fromEntries(
      [TEMPLATES_DIR, join(TEMPLATES_DIR, 'partials')].flatMap((dir) =>
        readdirSync(dir)
          .filter((name) => name.endsWith('.hbs'))
          .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
      ),
    );
    const before = fresh.templateCompilations();
    const fromSource = render(syntheticResult(40), { generatedAt, templatesDir: templatesDir(copies) });
    expect(fresh.templateCompilations() - before).toBe(reportTemplates);
    expect(fresh.precompiledTemplateUses()).toBe(reportTemplates);
    expect(fromSource).toBe(precompiled);
  });

  it('inlines the compiled page script and allows exactly it, by a hash of the script the build wrote', () => {
    const script = readFileSync(join(CLIENT_SCRIPTS_DIR, 'report.js'), 'utf8');
    expect(pageScript('report')).toBe(script);
    const html = renderHtml(sampleResult());
    expect(html).toContain(`<script>${script}</script>`);
    expect(policy(html)).toContain(`; script-src ${sha256(script)}; `);
  });

  it('allows no script an override adds, even one pasting document text', () => {
    const result = sampleResult();
    result.documents[1].title = 'alert(document.domain)';
    const dir = templatesDir({ 'summary.hbs': '<section class="summary"><script>{{{heading}}}</script></section>' });
    const html = renderHtml(result, { templatesDir: dir });
    expect(html).toContain('<script>alert(document.domain)</script>');
    const scriptSources = /script-src ([^;]+);/.exec(policy(html))![1];
    expect(scriptSources).toBe(sha256(pageScript('report')));
    expect(scriptSources).not.toContain(sha256('alert(document.domain)'));
  });

  it('refuses a folder named like a template, in one line', () => {
    const dir = templatesDir({});
    mkdirSync(join(dir, 'summary.hbs'));
    const caught = thrownBy(() => renderHtml(sampleResult(), { templatesDir: dir }));
    expect(isRedlineError(caught) && caught.toLine()).toBe(`${join(dir, 'summary.hbs')}: summary.hbs is a folder, not a template. Rename or remove it; templates are .hbs files.`);
  });

  it('refuses an override of a page script: the scripts are the project\'s own', () => {
    const caught = thrownBy(() => renderHtml(sampleResult(), { templatesDir: templatesDir({ 'report-script.hbs': 'alert(1)' }) }));
    expect(isRedlineError(caught) && caught.code).toBe('unknown-template');
  });

  it('refuses a --templates path that is not a folder', () => {
    const file = join(templatesDir({ 'summary.hbs': '' }), 'summary.hbs');
    const caught = thrownBy(() => renderHtml(sampleResult(), { templatesDir: file }));
    expect(isRedlineError(caught) && caught.toLine()).toBe(`${file}: the templates folder does not exist. Give --templates a folder holding .hbs files.`);
  });
});

describe('templatesFingerprint', () => {
  it('is a stable sha256 over the built-in templates and page scripts', async () => {
    const { templatesFingerprint } = await import('../../src/report/templates.js');
    expect(templatesFingerprint()).toMatch(/^[0-9a-f]{64}$/);
    expect(templatesFingerprint()).toBe(templatesFingerprint());
  });
});
