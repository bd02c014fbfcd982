import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/pipeline.js';
import { renderHistoryDocx } from '../../src/report/history-docx.js';
import { renderHistoryHtml } from '../../src/report/history-html.js';
import { renderHistoryJson } from '../../src/report/history-json.js';
import { changeSteps, positionTags } from '../../src/report/history-labels.js';
import { renderHistoryMarkdown } from '../../src/report/history-markdown.js';
import { renderHistoryText } from '../../src/report/history-text.js';
import type { Document, HistoryPosition, HistoryResult } from '../../src/types.js';
import { documentOf } from '../helpers/build-documents.js';
import { ROOT, SHARED_DATA } from '../helpers/paths.js';
import { ARMS_TRADE, UN_SERIES, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';

// Trial 15b defect 2: `compare 79/52 A/C.1/80/L.9` says `footnote 8 changed: Bahamas → Bahamas (The); adds Panama` on
// the Arms Trade Treaty's OP 2 (the States that endorsed the political declaration), and the history of the four
// versions said it in no format: its steps carried no `footnoteChanges`.
const ATT = [join(UN_SERIES, ARMS_TRADE, 'A_RES_78_48.txt'), join(UN_SERIES, ARMS_TRADE, 'A_RES_79_52.txt'), join(SHARED_DATA, 'un-resolutions/texts/drafts/A_C.1_80_L.9.txt'), join(UN_SERIES, ARMS_TRADE, 'A_RES_80_46.txt')];
const NOTE_8 = 'footnote 8 changed: Bahamas → Bahamas (The); adds Panama';

const ajv = new Ajv2020.default({ allErrors: true, strict: false });
ajv.addSchema(JSON.parse(readFileSync(join(ROOT, 'docs/redline-result.schema.json'), 'utf8')));
const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'docs/redline-history.schema.json'), 'utf8')));

const positionAt = (result: HistoryResult, version: number, label: string): HistoryPosition => result.history.positions.find((position) => position.cells[version]?.label === label)!;

describe.skipIf(!UN_SERIES_AVAILABLE)('a footnote that changed is on the history step and in every format (ATT 78/48 → 79/52 → L.9 → 80/46)', () => {
  let result: HistoryResult;
  beforeAll(async () => {
    result = await compareVersions(ATT);
  });

  it('OP 2: the step 79/52 → A/C.1/80/L.9 carries the note as the pair report has it; adopted unchanged: no note change', () => {
    const op2 = positionAt(result, 3, 'OP 2');
    expect(op2.cells[2]!.step!.footnoteChanges?.map((note) => note.summary)).toEqual([NOTE_8]);
    // L.9 → 80/46: the same note, placed elsewhere on the page and read from another extraction: no change.
    expect(op2.cells[3]!.step!.footnoteChanges).toBeUndefined();
    expect(op2.timeline).toBe(`added in 79/52 · reworded in A/C.1/80/L.9 · footnote 8 changed in A/C.1/80/L.9: Bahamas → Bahamas (The); adds Panama`);
    expect(positionTags(op2)).toContain('footnote');
  });

  it('OP 3: the Guiding Principles\' note taken out with their mention is said (78/48 OP 2 → 79/52 OP 3)', () => {
    const op3 = positionAt(result, 1, 'OP 3');
    expect(op3.cells[1]!.step!.footnoteChanges?.map((note) => note.summary)).toEqual(['footnote 7 removed: A/HRC/17/31, annex.']);
  });

  it('every format says it: text, Markdown, HTML, Word and JSON (valid against the history schema)', async () => {
    expect(renderHistoryText(result, { color: false })).toContain(`    ${NOTE_8}\n`);
    expect(renderHistoryMarkdown(result)).toContain(`**${NOTE_8}**`);
    expect(renderHistoryHtml(result)).toContain(`<p class="signal tone-neutral">${NOTE_8}</p>`);
    const xml = await (await JSZip.loadAsync(await renderHistoryDocx(result))).file('word/document.xml')!.async('string');
    expect(xml).toContain(NOTE_8);
    const json = JSON.parse(renderHistoryJson(result));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.history.positions.flatMap((position: HistoryPosition) => position.cells.flatMap((cell) => cell?.step?.footnoteChanges ?? [])).map((note: { summary: string }) => note.summary)).toContain(NOTE_8);
  });
});

// A note renumbered (a note cited earlier in the text) is the same note: silent, as in the pair report; one whose
// text changed on a paragraph that kept its words is said, and the position shows though its words did not change.
describe('a footnote on an unchanged paragraph: renumbered says nothing, changed is said', () => {
  const PP1 = 'Recalling its resolution 78/48 of 4 December 2023,';
  const PP2 = 'Noting the report of the Conference,';
  const OP1 = 'Welcomes the political declaration, endorsed by the relevant States Parties;';
  const withNotes = (document: Document, notes: Record<number, Array<[string, string]>>): Document => ({
    ...document,
    paragraphs: document.paragraphs.map((paragraph, index) => (notes[index] ? { ...paragraph, footnotes: notes[index].map(([mark, text]) => ({ mark, text })) } : paragraph)),
  });

  it('renumbered only: no footnoteChanges, no tag, no step listed, timeline unchanged', async () => {
    const v1 = withNotes(documentOf([PP2, OP1], 'v1.txt'), { 0: [['1', 'A/79/100.']], 1: [['2', 'Albania, Andorra, Bahamas.']] });
    const v2 = withNotes(documentOf([PP1, PP2, OP1], 'v2.txt'), { 0: [['1', 'Resolution 78/48.']], 1: [['2', 'A/79/100.']], 2: [['3', 'Albania, Andorra, Bahamas.']] });
    const result = await compareVersions([v1, v2]);
    const kept = result.history.positions.filter((position) => position.cells[0] !== null);
    expect(kept.map((position) => position.cells[1]!.step!.footnoteChanges)).toEqual([undefined, undefined]);
    expect(kept.map((position) => positionTags(position))).toEqual([['unchanged'], ['unchanged']]);
    expect(kept.flatMap((position) => changeSteps(position))).toEqual([]);
  });

  it('the note\'s text changed: the unchanged step carries it, the position is tagged and listed', async () => {
    const v1 = withNotes(documentOf([PP2, OP1], 'v1.txt'), { 1: [['2', 'Albania, Andorra, Bahamas, Peru.']] });
    const v2 = withNotes(documentOf([PP2, OP1], 'v2.txt'), { 1: [['2', 'Albania, Andorra, Bahamas, Panama, Peru.']] });
    const result = await compareVersions([v1, v2]);
    const op1 = result.history.positions[1];
    expect(op1.cells[1]!.step!.kind).toBe('unchanged');
    expect(op1.cells[1]!.step!.footnoteChanges?.map((note) => note.summary)).toEqual(['footnote 2 changed: adds Panama']);
    expect(positionTags(op1)).toEqual(['footnote']);
    expect(op1.timeline).toBe('in v1 · footnote 2 changed in v2: adds Panama');
    expect(renderHistoryText(result, { color: false })).toContain('footnote 2 changed: adds Panama');
  });
});
