import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/pipeline.js';
import { documentFromText } from '../../src/ingest/load-document.js';
import { commonTitle } from '../../src/history/collate.js';
import type { HistoryResult } from '../../src/types.js';
import { documentOf } from '../helpers/build-documents.js';

const WELCOMES = 'Welcomes the report of the Secretary-General on the oceans and the law of the sea.';
const ENCOURAGES = 'Encourages States to cooperate on the protection of marine biodiversity in areas beyond national jurisdiction.';
const URGES = 'Urges all States to cooperate closely on the protection of marine biodiversity in areas beyond national jurisdiction.';
const SEIZED = 'Decides to remain seized of the matter and to consider it at its next session.';

/** Every paragraph of every version in exactly one cell: the problems found (none: []). */
function accountingProblems(result: HistoryResult): string[] {
  const problems: string[] = [];
  result.documents.forEach((document, version) => {
    const seen = new Array<number>(document.paragraphs.length).fill(0);
    for (const position of result.history.positions) for (const index of position.cells[version]?.paragraphs ?? []) seen[index]++;
    seen.forEach((count, index) => count !== 1 && problems.push(`version ${version} paragraph ${index} seen ${count} times`));
  });
  return problems;
}

describe('compareVersions', () => {
  it('keeps a paragraph dropped in one version and back, reworded, in the next as one reinstated position', async () => {
    const result = await compareVersions([
      documentOf([WELCOMES, ENCOURAGES, SEIZED], 'v1.txt'),
      documentOf([WELCOMES, SEIZED], 'v2.txt'),
      documentOf([WELCOMES, URGES, SEIZED], 'v3.txt'),
    ]);
    expect(accountingProblems(result)).toEqual([]);
    const { positions } = result.history;
    expect(positions.map((position) => position.cells.map((cell) => cell?.paragraphs ?? null))).toEqual([
      [[0], [0], [0]],
      [[1], null, [1]],
      [[2], [1], [2]],
    ]);
    const returned = positions[1];
    expect(returned.reinstated).toBe(true);
    expect(positions.filter((position) => position.reinstated)).toHaveLength(1);
    const step = returned.cells[2]!.step!;
    // The step comes from version 0, the last version that held the paragraph, not from the version before.
    expect(step).toMatchObject({ from: 0, left: [1], kind: 'modified', editorial: false });
    expect(step.signals.map((signal) => signal.summary)).toContain('commitment strengthened: encourage → urge');
    expect(step.diff.filter((part) => part.op === 'insert').map((part) => part.text.trim())).toEqual(expect.arrayContaining(['Urges all', 'closely']));
    expect(returned.timeline).toBe('in v1 · dropped in v2 · reinstated in v3 (strengthened: encourage → urge)');
    expect(positions[0].timeline).toBe('in v1 · unchanged to v3');
  });

  it('reads a new paragraph with no earlier text as added, with its step from the previous version', async () => {
    const result = await compareVersions([documentOf([WELCOMES, SEIZED], 'a.txt'), documentOf([WELCOMES, ENCOURAGES, SEIZED], 'b.txt')]);
    const added = result.history.positions[1];
    expect(added.cells[0]).toBeNull();
    expect(added.cells[1]).toMatchObject({ paragraphs: [1], step: { kind: 'new', from: 0, left: [] } });
    expect(added.reinstated).toBe(false);
    expect(added.timeline).toBe('added in b');
  });

  it('says when a paragraph kept its words but not its number: renumbered, as negotiators cite it', async () => {
    const older = 'The General Assembly,\n\n1. Welcomes the report of the Secretary-General on the question;\n\n2. Encourages Member States to cooperate closely;\n\n3. Decides to remain seized of the matter.\n';
    const newer = 'The General Assembly,\n\n1. Encourages Member States to cooperate closely;\n\n2. Decides to remain seized of the matter.\n';
    const result = await compareVersions([documentFromText(older, { path: 'v1.txt', id: 'v1' }), documentFromText(newer, { path: 'v2.txt', id: 'v2' })]);
    const seized = result.history.positions.find((position) => position.cells[1]?.label === 'OP 2' && position.cells[0]?.label === 'OP 3')!;
    expect(seized.timeline).toBe('in v1 · renumbered OP 3 → OP 2 in v2');
  });

  it('names the versions together: their shared title, else the opening their titles share, else the newest title', () => {
    expect(commonTitle(['Nuclear disarmament', 'Nuclear disarmament'])).toBe('Nuclear disarmament');
    expect(commonTitle(['FOMC statement, 2008-01-22', 'FOMC statement, 2008-03-18', 'FOMC statement, 2023-12-13'])).toBe('FOMC statement');
    expect(commonTitle(['Report of the Committee 2020', 'Report of the Commission 2021'])).toBe('Report of the Commission 2021');
    expect(commonTitle(['Oceans', 'Outer space'])).toBe('Outer space');
  });

  it('refuses fewer than two versions', async () => {
    await expect(compareVersions([documentOf([WELCOMES])])).rejects.toThrow(/at least 2 versions/);
  });

  const paragraphPool = fc.constantFrom(WELCOMES, ENCOURAGES, URGES, SEIZED,
    'Requests the Secretary-General to submit a report on the implementation of the present resolution.',
    'Notes with appreciation the work of the Commission on the Limits of the Continental Shelf.',
    'Calls upon States to become parties to the Agreement on Port State Measures.',
    'Reaffirms the importance of capacity-building for developing countries, in particular small island developing States.');
  const versionArbitrary = fc.array(paragraphPool, { minLength: 1, maxLength: 6 });

  it('puts every paragraph of every version in exactly one position, the same way on every run (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(versionArbitrary, { minLength: 2, maxLength: 4 }), async (versions) => {
        const documents = () => versions.map((paragraphs, index) => documentOf(paragraphs, `v${index}.txt`));
        const first = await compareVersions(documents());
        expect(accountingProblems(first)).toEqual([]);
        const second = await compareVersions(documents());
        expect(JSON.stringify(second)).toBe(JSON.stringify(first));
        // Rows never contradict the ranking.
        const ranks = first.history.positions.map((position) => position.rank);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }),
      { numRuns: 25 },
    );
  });

  it('reads N copies of one text as every position unchanged in every cell (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(paragraphPool, { minLength: 1, maxLength: 6 }), fc.integer({ min: 2, max: 5 }), async (paragraphs, copies) => {
        const result = await compareVersions(Array.from({ length: copies }, () => documentOf(paragraphs, 'same.txt')));
        expect(result.history.versions.map((version) => version.id)).toEqual(['same', ...Array.from({ length: copies - 1 }, (_, i) => `same~${i + 2}`)]);
        expect(result.history.positions).toHaveLength(paragraphs.length);
        for (const [row, position] of result.history.positions.entries()) {
          expect(position.cells.map((cell) => cell?.paragraphs)).toEqual(Array.from({ length: copies }, () => [row]));
          expect(position.cells.slice(1).map((cell) => cell?.step?.kind)).toEqual(Array.from({ length: copies - 1 }, () => 'unchanged'));
          expect(position.reinstated).toBe(false);
        }
        expect(result.history.transpositions).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });
});

describe('compareVersions inputs', () => {
  it('takes paths and loaded documents in one list, and stops between pairs when its signal is aborted', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const path = join(mkdtempSync(join(tmpdir(), 'redline-versions-')), 'middle.txt');
    writeFileSync(path, `${WELCOMES}\n\n${SEIZED}\n`);
    const mixed = await compareVersions([documentOf([WELCOMES, ENCOURAGES, SEIZED], 'first.txt'), path, documentOf([WELCOMES, URGES, SEIZED], 'last.txt')]);
    expect(mixed.history.versions.map((version) => version.id)).toEqual(['first', 'middle', 'last']);
    expect(mixed.history.positions[1].reinstated).toBe(true);
    const controller = new AbortController();
    controller.abort(new Error('stopped by the caller'));
    await expect(compareVersions([documentOf([WELCOMES]), documentOf([SEIZED])], { signal: controller.signal })).rejects.toThrow('stopped by the caller');
  });
});
