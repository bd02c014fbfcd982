import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compare, compareTexts } from '../../src/pipeline.js';
import { KEY_CHANGES_SHOWN, keyChanges, moreKeyChanges } from '../../src/report/key-changes.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { buildViewModel } from '../../src/report/view-model.js';
import type { RedlineResult } from '../../src/types.js';
import { HAS_SHARED, SHARED_MISSING } from '../helpers/paths.js';
import { DRAFT_L9, writeDraftRevision } from '../helpers/un-revision.js';

const OLDER = `The General Assembly,

Recalling its resolution 78/53 of 4 December 2023,

Noting the ratification of the Treaty by Papua New Guinea,

1. Encourages Member States to report on their implementation;

2. Welcomes the report of the Secretary-General;

3. Requests the Secretary-General to submit a report at its eightieth session;

4. Decides to remain seized of the matter.
`;

const NEWER = `The General Assembly,

Recalling its resolution 79/50 of 2 December 2024,

Noting the ratification of the Treaty by Papua New Guinea as an important step towards its universality,

1. Encourages Member States to report annually on their implementation;

2. Takes note of the report of the Secretary-General;

3. Requests the Secretary-General to submit a report at its eighty-first session;

4. Invites the Secretary-General to brief Member States on the report;

5. Decides to remain seized of the matter.
`;

function keyLines(result: RedlineResult): string[] {
  const [left, right] = result.documents;
  return keyChanges(result.comparisons[0], left.paragraphs, right.paragraphs).map((change) => `${change.rank} | ${change.line.text} | ${change.href}`);
}

describe('keyChanges', () => {
  it('ranks a weakened commitment first, then a new operative paragraph, an operative rewording, and a preambular one last; the routine succession (78/53 → 79/50, eightieth → eighty-first) is left out', async () => {
    const result = await compareTexts(OLDER, NEWER, { leftId: 'A', rightId: 'B' });
    expect(keyLines(result)).toEqual([
      'position shift | OP 2: Welcomes → Takes note of the report of the Secretary-General (weaker) | #r-5',
      'new or dropped operative | new OP 4: Invites the Secretary-General to brief Member States on the report; | #r-7',
      'operative | OP 1: report on their implementation; → report annually on their implementation; | #r-4',
      'preambular | PP 2: adds “as an important step towards its universality” | #r-3',
    ]);
  });

  it('lists an operative paragraph\'s position shift before a preambular one\'s, though the preamble comes first in the text', async () => {
    const older = 'The General Assembly,\n\nWelcoming the convening of the conference on the Treaty,\n\n1. Welcomes the report of the Secretary-General;\n\n2. Decides to remain seized of the matter.\n';
    const newer = 'The General Assembly,\n\nNoting the convening of the conference on the Treaty,\n\n1. Takes note of the report of the Secretary-General;\n\n2. Decides to remain seized of the matter.\n';
    const result = await compareTexts(older, newer, { leftId: 'A', rightId: 'B' });
    expect(keyLines(result)).toEqual(['position shift | OP 1: Welcomes → Takes note of the report of the Secretary-General (weaker) | #r-3', 'position shift | PP 1: Welcoming → Noting the convening of the conference on the Treaty (weaker) | #r-2']);
  });

  it('counts what a first screen leaves out', () => {
    expect(moreKeyChanges(KEY_CHANGES_SHOWN)).toBeNull();
    expect(moreKeyChanges(KEY_CHANGES_SHOWN + 12)).toBe('and 12 more');
  });
});

describe.skipIf(!HAS_SHARED)(`the key changes of a real draft against its revision (${HAS_SHARED ? 'A/C.1/80/L.9' : SHARED_MISSING})`, () => {
  let compared: Promise<RedlineResult>;
  beforeAll(() => {
    const dir = resolve('test-output/key-changes');
    mkdirSync(dir, { recursive: true });
    compared = compare(DRAFT_L9, writeDraftRevision(dir));
  });

  it('open the report, the text output and the Markdown, the weakened OP 15 first', async () => {
    const result = await compared;
    expect(keyLines(result)).toEqual([
      'position shift | OP 15: Welcomes → Takes note of the efforts to strengthen the meaningful participation … (weaker) | #r-33',
      'new or dropped operative | new OP 20: Requests the secretariat of the Treaty to keep Member States informed of the implementation of the present resolution; | #r-38',
      // A side that opened on a comma (`, regional and national → and regional`) takes the kept word before it.
      'operative | OP 17: international, regional and national → international and regional | #r-35',
      'preambular | PP 16: Treaty is essential → Treaty remains essential | #r-17',
    ]);
    const model = buildViewModel(result);
    // Listed in the text's order (trial 21-a D14): PP 16 before OP 15, though OP 15's shift ranks first.
    expect(model.keyChanges.items.map((item) => `${item.lead}${item.rest}`)[0]).toBe('PP 16: Treaty is essential → Treaty remains essential');
    expect(model.keyChanges.items.map((item) => `${item.lead}${item.rest}`)[1]).toBe('OP 15: Welcomes → Takes note of the efforts to strengthen the meaningful participation … (weaker)');
    expect(model.keyChanges.more).toBeNull();
    // The facts that differ first: the symbol, then those both share.
    expect(model.documentFacts[0]).toMatchObject({ label: 'Symbol', left: 'A/C.1/80/L.9', right: 'A/C.1/80/L.9/Rev.1' });
    expect(model.runningHead).toBe('A/C.1/80/L.9 → A/C.1/80/L.9/Rev.1');
    const text = renderText(result, { color: false }).split('\n');
    expect(text.slice(3, 6)).toEqual(['  key changes:', '    PP 16: Treaty is essential → Treaty remains essential', '    OP 15: Welcomes → Takes note of the efforts to strengthen the meaningful participation … (weaker)']);
    const markdown = renderMarkdown(result).split('\n');
    expect(markdown.slice(4, 9)).toEqual(['', '**Key changes**', '', '- PP 16: Treaty is essential → Treaty remains essential', '- OP 15: Welcomes → Takes note of the efforts to strengthen the meaningful participation … (weaker)']);
  });

  it('cite each change row by the symbol of its text and the paragraph as the UN labels it (OP 21, only renumbered, is no change row)', async () => {
    const rows = buildViewModel(await compared).entries.flatMap((entry) => (entry.partial === 'row' ? [entry] : []));
    expect(rows.filter((row) => row.citation !== null).map((row) => row.citation)).toEqual([
      'A/C.1/80/L.9/Rev.1, PP 16',
      'A/C.1/80/L.9/Rev.1, OP 15',
      'A/C.1/80/L.9/Rev.1, OP 17',
      'A/C.1/80/L.9/Rev.1, OP 20',
    ]);
  });
});

describe.skipIf(!HAS_SHARED)('key changes of two unrelated texts (session 13)', () => {
  it('leave out the enacting formula and a bare chapeau: A/RES/75/32 against the 2024 statement', async () => {
    const { SEED, SHARED_DATA } = await import('../helpers/paths.js');
    const result = await compare(resolve(SHARED_DATA, 'un-resolutions/texts/ict-security/A_RES_75_32.txt'), SEED);
    const [left, right] = result.documents;
    const lines = keyChanges(result.comparisons[0], left.paragraphs, right.paragraphs).map((change) => change.line.text);
    // Before: `dropped ¶ 1: The General Assembly,` and `dropped OP 1: Calls upon Member States:` came first.
    expect(lines.filter((line) => /: (The General Assembly,|Calls upon Member States:)$/.test(line))).toEqual([]);
    // The statement's new paragraphs come first (what the newer text says before what it no longer says, trial 19a D8),
    // and the first dropped line is the sub-paragraph, not its bare chapeau.
    expect(lines[0]).toMatch(/^new ¶ 1: We, the Foreign Ministers of the Russian Federation and African States/);
    expect(lines.find((line) => line.startsWith('dropped '))).toMatch(/^dropped OP 1 \(a\): To be guided in their use of information and communications technologies/);
    // The verdict opens the HTML page, above the key changes, as it opens the text, Markdown and Word outputs.
    const html = (await import('../../src/report/html.js')).renderHtml;
    const page = await html(result);
    expect(page.indexOf('class="note relation-note"')).toBeGreaterThan(0);
    expect(page.indexOf('class="note relation-note"')).toBeLessThan(page.indexOf('class="key-changes"'));
  });
});
