import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { compareVersions } from '../../src/pipeline.js';
import { renderHistoryJson } from '../../src/report/history-json.js';
import { HISTORY_SCHEMA_VERSION, SCHEMA_VERSION } from '../../src/types.js';
import { documentOf } from '../helpers/build-documents.js';
import { HAS_SHARED, ROOT, SHARED_DATA } from '../helpers/paths.js';

const ajv = new Ajv2020.default({ allErrors: true });
ajv.addSchema(JSON.parse(readFileSync(join(ROOT, 'docs/redline-result.schema.json'), 'utf8')));
const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'docs/redline-history.schema.json'), 'utf8')));

const A = 'Welcomes the report of the Secretary-General on the oceans and the law of the sea.';
const B = 'Encourages States to cooperate on the protection of marine biodiversity in areas beyond national jurisdiction.';
const B2 = 'Urges all States to cooperate closely on the protection of marine biodiversity in areas beyond national jurisdiction.';
const C = 'Decides to remain seized of the matter and to consider it at its next session.';

describe('the history contract (docs/redline-history.schema.json)', () => {
  it('compiles only with the result schema registered first, as README "The contract" says (trial 17-c D15)', async () => {
    const historySchema = JSON.parse(readFileSync(join(ROOT, 'docs/redline-history.schema.json'), 'utf8'));
    const resultSchema = JSON.parse(readFileSync(join(ROOT, 'docs/redline-result.schema.json'), 'utf8'));
    // Alone, the history schema's relative $ref to redline-result.schema.json cannot be resolved.
    expect(() => new Ajv2020.default().compile(historySchema)).toThrow(/can't resolve reference redline-result\.schema\.json/);
    // The README's recipe: addSchema(result schema), then compile the history schema; it validates a real history.
    const recipe = new Ajv2020.default();
    recipe.addSchema(resultSchema);
    const validateHistory = recipe.compile(historySchema);
    const history = JSON.parse(renderHistoryJson(await compareVersions([documentOf([A, B, C], 'v1.txt'), documentOf([A, B2, C], 'v2.txt')])));
    expect(validateHistory(history)).toBe(true);
    expect(validateHistory({ ...history, schemaVersion: 1 })).toBe(false);
  });

  it('validates a history with a reinstated, reworded paragraph, and is byte-stable', async () => {
    const versions = () => [documentOf([A, B, C], 'v1.txt'), documentOf([A, C], 'v2.txt'), documentOf([A, B2, C, 'Requests a report on implementation.'], 'v3.txt')];
    const json = renderHistoryJson(await compareVersions(versions()));
    expect(renderHistoryJson(await compareVersions(versions()))).toBe(json);
    const result = JSON.parse(json);
    expect(validate(result)).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
    expect(result.history.positions.some((position: { reinstated: boolean }) => position.reinstated)).toBe(true);
    // A cell field the schema does not know is refused, and so is a history without its table.
    result.history.positions[0].cells[0].colour = 'red';
    expect(validate(result)).toBe(false);
    const { history: _omitted, ...withoutHistory } = JSON.parse(json);
    expect(validate(withoutHistory)).toBe(false);
  });

  it('carries its own schema version, 3 since a step is the pair finding under its names; a version-2 history is refused', async () => {
    const result = JSON.parse(renderHistoryJson(await compareVersions([documentOf([A, B, C], 'v1.txt'), documentOf([A, B2, C], 'v2.txt')])));
    expect(HISTORY_SCHEMA_VERSION).toBe(3);
    expect(result.schemaVersion).toBe(3);
    expect(validate({ ...result, schemaVersion: 2 })).toBe(false);
    // The pair contract did not change: its version stays.
    expect(SCHEMA_VERSION).toBe(1);
    expect(validate({ ...result, schemaVersion: 1 })).toBe(false);
  });

  it.skipIf(!HAS_SHARED)('validates the history of a real UN series (labels, signals)', async () => {
    const series = join(SHARED_DATA, 'un-resolutions/texts/series/the-arms-trade-treaty');
    const result = JSON.parse(renderHistoryJson(await compareVersions(['A_RES_78_48.txt', 'A_RES_79_52.txt', 'A_RES_80_46.txt'].map((name) => join(series, name)))));
    expect(validate(result)).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
    expect(result.history.versions.map((version: { name: string }) => version.name)).toEqual(['78/48', '79/52', '80/46']);
  });
});
