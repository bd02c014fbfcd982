import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertDocx } from '../../src/ingest/docx.js';
import { loadAnyDocument } from '../../src/ingest/load-any-document.js';
import { buildDocx, type DocxParagraph } from '../helpers/corpus-docx.js';

describe('convertDocx', () => {
  it('reads headings, numbered paragraphs and footnotes from a Word file', async () => {
    const bytes = await buildDocx([
      { text: 'Joint Statement on International Information Security', style: 'Heading1' },
      { text: 'We, the Ministers of Foreign Affairs, have agreed as follows:' },
      { text: 'Reaffirm the central role of the United Nations in this field.', numbered: true, footnote: 'See A/RES/73/27.' },
      { text: 'Support the Open-ended working group 2021–2025.', numbered: true },
    ]);
    const { text, warnings } = await convertDocx(bytes, 'statement.docx');
    expect(text.split('\n\n')).toEqual([
      '# Joint Statement on International Information Security',
      'We, the Ministers of Foreign Affairs, have agreed as follows:',
      '1. Reaffirm the central role of the United Nations in this field.',
      '2. Support the Open-ended working group 2021–2025.',
      '[^1]: See A/RES/73/27.\n',
    ]);
    expect(warnings).toEqual([]);
  });

  // LibreOffice writes styles ("Body Text", "Operative paragraph") that mammoth has no HTML mapping for; they say nothing
  // about the text read, so they are no warning of redline's (a new user saw "Unrecognised paragraph style" in every output).
  it('gives no warning for a paragraph style without an HTML mapping, and still reads the paragraph', async () => {
    const bytes = await buildDocx([{ text: 'The General Assembly,' }, { text: 'Decides to remain seized of the matter.', style: 'OperativeParagraph' }]);
    const { text, warnings } = await convertDocx(bytes, 'draft.docx');
    expect(text.trim().split('\n\n')).toEqual(['The General Assembly,', '1. Decides to remain seized of the matter.']); // numbered by its style
    expect(warnings).toEqual([]);
  });

  it('refuses a zip that claims to be a Word file but is not one', async () => {
    await expect(convertDocx(new TextEncoder().encode('PK\u0003\u0004 word/document.xml but truncated'), 'bad.docx')).rejects.toMatchObject({ code: 'bad-docx', file: 'bad.docx' });
  });
});

/** A draft resolution as a delegation writes it in Word: unnumbered preamble, operative paragraphs numbered by Word. */
const DRAFT: DocxParagraph[] = [
  { text: 'The General Assembly,' },
  { text: 'Recalling its resolution 79/194 of 19 December 2024,' },
  { text: 'Decides to continue its consideration of the question;', numbered: true },
  { text: 'Requests the Secretary-General:', numbered: true },
  { text: 'To report on the implementation;', numbered: true, level: 1 },
  { text: 'To consult Member States:', numbered: true, level: 1 },
  { text: 'in writing;', numbered: true, level: 2 },
  { text: 'Follow-up', style: 'Heading1' },
  { text: 'Invites Member States to contribute;', style: 'OperativeParagraph' },
  { text: 'Decides to remain seized of the matter.', numbered: true },
];

describe('convertDocx: Word numbering', () => {
  it("writes Word's automatic numbering as the labels Word shows, counting across a heading, levels under their parent, numbering from a style", async () => {
    const { text } = await convertDocx(await buildDocx(DRAFT), 'draft.docx');
    expect(text.trim().split('\n\n')).toEqual([
      'The General Assembly,',
      'Recalling its resolution 79/194 of 19 December 2024,',
      '1. Decides to continue its consideration of the question;',
      '2. Requests the Secretary-General:',
      '(a) To report on the implementation;',
      '(b) To consult Member States:',
      '(i) in writing;',
      '# Follow-up',
      '3. Invites Member States to contribute;',
      '4. Decides to remain seized of the matter.',
    ]);
  });

  it('so the operative paragraphs of a Word draft are OPs, labelled as the UN cites them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-docx-'));
    try {
      const path = join(dir, 'draft.docx');
      await writeFile(path, await buildDocx(DRAFT));
      const document = await loadAnyDocument(path);
      expect(document.paragraphs.map((paragraph) => [paragraph.role, paragraph.label])).toEqual([
        ['other', null],
        ['preambular', 'PP 1'],
        ['operative', 'OP 1'],
        ['operative', 'OP 2'],
        ['sub-paragraph', 'OP 2 (a)'],
        ['sub-paragraph', 'OP 2 (b)'],
        ['sub-paragraph', 'OP 2 (b) (i)'],
        ['heading', null],
        ['operative', 'OP 3'],
        ['operative', 'OP 4'],
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('convertDocx: tracked changes', () => {
  const REVISED: DocxParagraph[] = [
    { text: 'The General Assembly,' },
    { text: '', runs: [{ text: 'Recalling its resolution ' }, { text: '78/132', change: 'del' }, { text: '79/194', change: 'ins' }, { text: ',' }] },
    // A paragraph added: its text and its paragraph mark are insertions.
    { text: '', runs: [{ text: 'Noting the report of the Secretary-General,', change: 'ins' }], markInserted: true },
    { text: '', runs: [{ text: 'Decides to ' }, { text: 'consider', change: 'del' }, { text: 'continue its consideration of', change: 'ins' }, { text: ' the question;' }], numbered: true },
    // A paragraph removed: its text and its mark are deletions (Word then joins what is left of it to the next).
    { text: '', runs: [{ text: 'Requests a report;', change: 'del' }], numbered: true, markDeleted: true },
    { text: 'Decides to remain seized of the matter.', numbered: true },
  ];

  it('reads the final text by default (every change accepted) and says the file has tracked changes', async () => {
    const { text, warnings } = await convertDocx(await buildDocx(REVISED), 'revised.docx');
    expect(text.trim().split('\n\n')).toEqual([
      'The General Assembly,',
      'Recalling its resolution 79/194,',
      'Noting the report of the Secretary-General,',
      '1. Decides to continue its consideration of the question;',
      '2. Decides to remain seized of the matter.',
    ]);
    expect(warnings).toEqual([
      {
        code: 'docx-tracked-changes',
        message: 'has tracked changes (4 insertions, 4 deletions): read as the final text, every change accepted (--tracked-changes original reads the text before them)',
        file: 'revised.docx',
      },
    ]);
  });

  it('reads the original text on request (every change rejected)', async () => {
    const { text, warnings } = await convertDocx(await buildDocx(REVISED), 'revised.docx', 'original');
    expect(text.trim().split('\n\n')).toEqual([
      'The General Assembly,',
      'Recalling its resolution 78/132,',
      '1. Decides to consider the question;',
      '2. Requests a report;',
      '3. Decides to remain seized of the matter.',
    ]);
    expect(warnings[0].message).toMatch(/: read as the original text, every change rejected/);
  });
});
