import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { compare, compareTexts } from '../../src/pipeline.js';
import { documentFromText } from '../../src/ingest/load-document.js';
import { renderDocx } from '../../src/report/docx.js';
import type { RedlineResult } from '../../src/types.js';
import { SHARED_DATA } from '../helpers/paths.js';
import { ARMS_TRADE, UN_SERIES, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';

// Trial 16c defect 2: the Word memo piled a paragraph's footnote references at its end ("…Light Weapons,¹²³"): the
// notes' places were lost at ingest (`Paragraph.footnotes` had no offset). Now each note keeps where its mark stood.

/** The visible text of a document.xml paragraph, each footnote reference written `[^id]`. */
function paragraphTexts(xml: string): string[] {
  return xml.split('</w:p>').map((p) =>
    p
      .replace(/<w:footnoteReference w:id="(\d+)"\/>/g, '[^$1]')
      .replace(/<w:delText[^>]*>[^<]*<\/w:delText>/g, '')
      .replace(/<[^>]+>/g, ''),
  );
}
const documentXml = async (bytes: Uint8Array): Promise<string> => (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');

describe('footnote offsets at ingest', () => {
  it('each note keeps where its mark stood in the text, spaces folded and ends trimmed', () => {
    const document = documentFromText('Recalling the Programme,[^1] the Protocol [^2] and the Instrument,[^3]\n\n[^1]: A/CONF.192/15.\n\n[^2]: UNTS 2326.\n\n[^3]: A/60/88.\n', { path: 'notes.md' });
    const [paragraph] = document.paragraphs;
    expect(paragraph.text).toBe('Recalling the Programme, the Protocol and the Instrument,');
    expect(paragraph.footnotes).toEqual([
      { mark: '1', text: 'A/CONF.192/15.', offset: 24 },
      { mark: '2', text: 'UNTS 2326.', offset: 37 },
      { mark: '3', text: 'A/60/88.', offset: 57 },
    ]);
    for (const note of paragraph.footnotes!) expect(paragraph.text.slice(0, note.offset)).toMatch(/(Programme,|Protocol|Instrument,)$/);
  });
});

describe('Word memo: each footnote reference where the text has its mark', () => {
  it('hand-made pair: the references follow "Programme," and "Instrument,", in a changed paragraph too', async () => {
    const older = 'Recalling the Programme,[^1] and the Instrument,[^2]\n\n[^1]: A/CONF.192/15.\n\n[^2]: A/60/88.\n';
    const newer = 'Recalling the Programme of Action,[^1] and the Instrument,[^2]\n\n[^1]: A/CONF.192/15.\n\n[^2]: A/60/88.\n';
    const result = await compareTexts(older, newer);
    const texts = paragraphTexts(await documentXml(await renderDocx(result)));
    expect(texts.find((text) => text.includes('Recalling'))).toBe('¶ 1  Recalling the Programme of Action,[^1] and the Instrument,[^2]');
  });

  it('a note without an offset (an older cache): the references follow the text, set apart (¹,²)', async () => {
    const result: RedlineResult = await compareTexts('Recalling the Programme,[^1] and the Instrument,[^2]\n\n[^1]: A.\n\n[^2]: B.\n', 'Recalling the Programme,[^1] and the Instrument,[^2]\n\n[^1]: A.\n\n[^2]: B.\n');
    for (const document of result.documents) for (const paragraph of document.paragraphs) for (const note of paragraph.footnotes ?? []) delete note.offset;
    const xml = await documentXml(await renderDocx(result));
    expect(xml).toMatch(/<w:footnoteReference w:id="1"\/><\/w:r><w:r><w:rPr><w:vertAlign w:val="superscript"\/><\/w:rPr><w:t xml:space="preserve">,<\/w:t><\/w:r><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:footnoteReference w:id="2"\/>/);
    expect(paragraphTexts(xml).find((text) => text.includes('Recalling'))).toBe('¶ 1  Recalling the Programme, and the Instrument,[^1],[^2]');
  });

  describe.skipIf(!UN_SERIES_AVAILABLE)('A/RES/78/48 (official PDF) → A/RES/79/52 (trial 16c)', () => {
    let texts: string[];
    beforeAll(async () => {
      const result = await compare(join(SHARED_DATA, 'un-resolutions/pdf/A_RES_78_48.pdf'), join(UN_SERIES, ARMS_TRADE, 'A_RES_79_52.txt'));
      texts = paragraphTexts(await documentXml(await renderDocx(result)));
    });

    it('PP 8: notes 1, 2 and 3 after "in All Its Aspects,", "Transnational Organized Crime," and "Light Weapons,"', () => {
      const pp8 = texts.find((text) => text.startsWith('PP 8  '))!;
      expect(pp8).toMatch(/in All Its Aspects,\[\^\d+\] as well as the Protocol/);
      expect(pp8).toMatch(/Transnational Organized Crime,\[\^\d+\] and the International Instrument/);
      expect(pp8).toMatch(/Light Weapons,\[\^\d+\]$/);
      expect(pp8).not.toMatch(/\]\[\^/);
    });

    it('PP 9: note 4 after "Ammunition Management,", note 5 after "the Arms Trade Treaty,"', () => {
      const pp9 = texts.find((text) => text.startsWith('PP 9  '))!;
      expect(pp9).toMatch(/Ammunition Management,\[\^\d+\] /);
      expect(pp9).toMatch(/the Arms Trade Treaty,\[\^\d+\]$/);
    });
  });
});
