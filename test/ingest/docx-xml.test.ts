import { describe, expect, it } from 'vitest';
import { countTrackedChanges, resolveTrackedChanges, writeNumbering } from '../../src/ingest/docx-xml.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const paragraph = (text: string, numPr = ''): string => `<w:p><w:pPr>${numPr}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const numbered = (text: string, numId: number, ilvl = 0): string => paragraph(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);
const documentXml = (body: string): string => `<w:document ${W}><w:body>${body}</w:body></w:document>`;
/** The text runs of each paragraph, joined: what mammoth will read. */
const texts = (xml: string): string[] => [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((match) => [...match[1].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((run) => run[1]).join(''));

const NUMBERING = `<w:numbering ${W}>
  <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum>
  <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
  <w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>`;

describe('writeNumbering', () => {
  it('writes ordered labels as Word counts them, leaves bullets to the list reader, restarts a list on a start override', () => {
    const xml = documentXml(
      [
        numbered('Part', 3),
        numbered('Decides', 1),
        numbered('Requests', 1),
        numbered('To report', 1, 1),
        numbered('A point', 2),
        numbered('Part', 3),
        numbered('Invites', 1),
        numbered('To consult', 1, 1),
        numbered('Annexed list, first', 4),
        numbered('Annexed list, second', 4),
      ].join(''),
    );
    const { xml: out, labelled } = writeNumbering(xml, NUMBERING, null);
    expect(texts(out)).toEqual(['I. Part', '1. Decides', '2. Requests', '(a) To report', 'A point', 'II. Part', '3. Invites', '(a) To consult', '1. Annexed list, first', '2. Annexed list, second']);
    expect(labelled).toBe(9);
    // The bullet keeps its numbering for mammoth's list; the labelled paragraphs have theirs switched off.
    expect(out).toContain('<w:numId w:val="2"/>');
    expect(out.match(/<w:numId w:val="0"\/>/g)).toHaveLength(9);
  });

  // Trial 19-b D8 (`bad/tracked2.docx`: 79/52 as a Word list, OP 16's text deleted as a tracked change, its paragraph
  // mark kept): the empty item got the label "16." alone, read as "new heading 2: 16." among the key changes.
  it('counts an item emptied by a tracked deletion, as Word shows it, but gives it no label: no paragraph is left of it', () => {
    const emptied = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:del w:id="7" w:author="A"><w:r><w:delText>Encourages eligible States;</w:delText></w:r></w:del></w:p>';
    const xml = resolveTrackedChanges(documentXml([numbered('Decides', 1), emptied, numbered('Requests', 1), paragraph(' ', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')].join('')), 'final');
    const { xml: out, labelled } = writeNumbering(xml, NUMBERING, null);
    expect(texts(out)).toEqual(['1. Decides', '', '3. Requests', ' ']);
    expect(labelled).toBe(2);
  });

  it('leaves a document without numbering.xml as it is', () => {
    const xml = documentXml(numbered('Decides', 1));
    expect(writeNumbering(xml, null, null)).toEqual({ xml, labelled: 0 });
  });
});

describe('resolveTrackedChanges', () => {
  // "Decides to consider" became "Decides to continue"; then the reviser deleted part of their own insertion.
  const xml = documentXml(
    '<w:p><w:r><w:t xml:space="preserve">Decides to </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>consider</w:delText></w:r></w:del>' +
      '<w:ins w:id="2" w:author="B"><w:r><w:t>continue</w:t></w:r><w:del w:id="3" w:author="B"><w:r><w:delText> and expand</w:delText></w:r></w:del></w:ins></w:p>',
  );

  it('counts insertions and deletions', () => {
    expect(countTrackedChanges(xml)).toEqual({ insertions: 1, deletions: 2, moves: 0 });
  });

  it('reads the final text (insertions kept, deletions dropped) and the original (the reverse; text deleted from an insertion never existed)', () => {
    expect(texts(resolveTrackedChanges(xml, 'final'))).toEqual(['Decides to continue']);
    expect(texts(resolveTrackedChanges(xml, 'original'))).toEqual(['Decides to consider']);
  });
});
