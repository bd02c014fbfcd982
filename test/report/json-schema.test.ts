import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { buildResult, compare, compareDocuments } from '../../src/pipeline.js';
import { resolveOptions } from '../../src/options.js';
import { documentOf } from '../helpers/build-documents.js';
import { RELATED_CASES } from '../align/data/related-cases.js';
import { renderJson } from '../../src/report/json.js';
import { ROOT, SEED, DRAFT, HAS_SHARED, SHARED_DATA } from '../helpers/paths.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'docs/redline-result.schema.json'), 'utf8'));
const validate = new Ajv2020.default({ allErrors: true }).compile(schema);

describe('the JSON contract', () => {
  it('describes every score a researcher may use as a variable (trial 17-c D9)', () => {
    const finding = schema.$defs.finding.properties;
    const comparison = schema.$defs.comparison.properties;
    const scored = {
      'finding.similarity': finding.similarity,
      'finding.scores': finding.scores,
      'finding.moved': finding.moved,
      ...Object.fromEntries(Object.entries(finding.scores.properties).map(([name, field]) => [`finding.scores.${name}`, field])),
      'comparison.similarity': comparison.similarity,
      'comparison.coverage': comparison.coverage,
      'comparison.sharedWording': comparison.sharedWording,
      'replacements.similarity': comparison.replacements.items.properties.similarity,
      'options.threshold': schema.properties.options.properties.threshold,
      'options.moveThreshold': schema.properties.options.properties.moveThreshold,
    } as Record<string, { description?: string }>;
    const undescribed = Object.entries(scored).filter(([, field]) => !field.description).map(([name]) => name);
    expect(undescribed).toEqual([]);
    expect(Object.keys(finding.scores.properties).sort()).toEqual(['character', 'containment', 'lexical', 'semantic', 'sequence', 'words']);
    // The weights the schema states are the ones the scorer uses (src/similarity/measures.ts).
    expect(finding.similarity.description).toContain('0.10·semantic + 0.25·words + 0.35·lexical + 0.15·sequence + 0.15·character');
    expect(finding.similarity.description).toContain('0.40·lexical + 0.30·sequence + 0.30·character');
  });

  it('validates against docs/redline-result.schema.json for every change kind', async () => {
    const result = JSON.parse(renderJson(await compare(DRAFT, SEED)));
    const valid = validate(result);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(new Set(result.comparisons[0].findings.map((finding: { kind: string }) => finding.kind))).toEqual(
      new Set(['unchanged', 'modified', 'split', 'merged', 'new', 'dropped']),
    );
  });

  it('requires schemaVersion 1 on every result', async () => {
    const result = JSON.parse(renderJson(await compare(DRAFT, SEED)));
    expect(result.schemaVersion).toBe(1);
    expect(validate({ ...result, schemaVersion: 2 })).toBe(false);
    const { schemaVersion: _omitted, ...withoutVersion } = result;
    expect(validate(withoutVersion)).toBe(false);
  });

  it.skipIf(!HAS_SHARED)('validates a comparison of two UN resolutions: document facts, roles, labels and footnotes', async () => {
    const series = join(SHARED_DATA, 'un-resolutions/texts/series/the-arms-trade-treaty');
    const result = JSON.parse(renderJson(await compare(join(series, 'A_RES_79_52.txt'), join(series, 'A_RES_80_46.txt'))));
    expect(validate(result)).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
    const [older] = result.documents;
    expect(older).toMatchObject({ id: 'A/RES/79/52', symbol: 'A/RES/79/52', status: { stage: 'adopted', by: 'General Assembly' } });
    expect(older.paragraphs[1]).toMatchObject({ role: 'preambular', label: 'PP 1' });
    expect(older.paragraphs.some((paragraph: { footnotes?: unknown[] }) => paragraph.footnotes?.length)).toBe(true);
    // A paragraph field the schema does not know is refused.
    older.paragraphs[1].colour = 'red';
    expect(validate(result)).toBe(false);
  });

  it('rejects a new finding that carries a left paragraph', async () => {
    const result = JSON.parse(renderJson(await compare(DRAFT, SEED)));
    const found = result.comparisons[0].findings.find((finding: { kind: string }) => finding.kind === 'new');
    found.left = [0];
    expect(validate(result)).toBe(false);
  });

  it('validates related links (partial reuse) and rejects one without its shared words', () => {
    const options = resolveOptions();
    const left = documentOf(RELATED_CASES[0].left, 'older.txt');
    const right = documentOf(RELATED_CASES[0].right, 'newer.txt');
    const { comparison, warnings } = compareDocuments(left, right, options);
    const result = JSON.parse(renderJson(buildResult([left, right], [comparison], options, warnings)));
    expect(result.comparisons[0].related.length).toBeGreaterThan(0);
    expect(validate(result)).toBe(true);
    delete result.comparisons[0].related[0].shared;
    expect(validate(result)).toBe(false);
  });
});
