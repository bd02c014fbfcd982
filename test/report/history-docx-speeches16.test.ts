import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/pipeline.js';
import { renderHistoryDocx } from '../../src/report/history-docx.js';
import { HAS_SHARED, SHARED_DATA } from '../helpers/paths.js';

const CUBA = join(SHARED_DATA, 'ungdc/CUB');

/** Cuba's General Debate speeches 2015–2024, oldest first. */
function cubaSpeeches(): string[] {
  return readdirSync(CUBA).filter((name) => /^CUB_20(1[5-9]|2\d)_S\d+\.txt$/.test(name)).sort().map((name) => join(CUBA, name));
}

describe.skipIf(!HAS_SHARED)('the Word history of Cuba\'s ten speeches (trial 16b)', () => {
  let xml = '';
  let warnings = 0;
  beforeAll(async () => {
    const result = await compareVersions(cubaSpeeches());
    warnings = result.warnings.length;
    const bytes = await renderHistoryDocx(result);
    xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  }, 120_000);

  it('carries the warnings every other format carries, under the title (was 0 in the Word file, 9 elsewhere)', () => {
    expect(warnings).toBe(9);
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text.match(/similar to the version before it/g)).toHaveLength(9);
    expect(text).toContain('Warning: ');
    expect(text).toMatch(/CUB_2016_S71\.txt: is 3 % similar to the version before it \([^)]*CUB_2015_S70\.txt\): two texts rather than two versions of one\?/);
    // Under the title, before the versions table.
    expect(text.indexOf('similar to the version before it')).toBeLessThan(text.indexOf('Versions'));
  });

  it('gives the versions table columns by what they hold: "#" narrow, the title widest (were four equal columns)', () => {
    const table = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
    const widths = [...table.slice(0, table.indexOf('<w:tr')).matchAll(/<w:gridCol w:w="(\d+)"/g)].map((match) => Number(match[1]));
    expect(widths).toHaveLength(4); // #, Version, Date, Title
    const [number, version, date, title] = widths;
    expect(number).toBeLessThan(date);
    expect(date).toBeLessThan(version);
    expect(title).toBeGreaterThan(number + version + date - 1);
    expect(table).toContain('w:type="fixed"');
  });
});
