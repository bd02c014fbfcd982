import JSZip from 'jszip';
import { crc32, deflateRawSync } from 'node:zlib';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/**
 * A paragraph of the test document: plain, a heading, an item of the numbered list (at a level: 0 `1.`, 1 `(a)`, 2
 * `(i)`; or numbered through its style, `OperativeParagraph`, as drafting templates do), with an optional footnote after
 * its text. `runs` replaces `text` with runs, each inserted or deleted as a tracked change; `markInserted` /
 * `markDeleted` track the paragraph mark itself (a paragraph added, or joined to the next).
 */
export interface DocxParagraph {
  text: string;
  style?: 'Heading1' | 'OperativeParagraph';
  numbered?: boolean;
  level?: 0 | 1 | 2;
  footnote?: string;
  runs?: Array<{ text: string; change?: 'ins' | 'del' }>;
  markInserted?: boolean;
  markDeleted?: boolean;
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Write a minimal but genuine .docx (the parts Word itself writes for headings, numbering and footnotes) with JSZip. */
export async function buildDocx(paragraphs: DocxParagraph[]): Promise<Uint8Array> {
  const zip = new JSZip();
  let notes = 0;
  const footnotes: string[] = [];
  let changes = 0;
  const tracked = (kind: 'ins' | 'del', content: string): string => `<w:${kind} w:id="${++changes}" w:author="Drafter" w:date="2025-10-01T10:00:00Z">${content}</w:${kind}>`;
  const body = paragraphs
    .map((paragraph) => {
      const mark = paragraph.markInserted ? `<w:ins w:id="${++changes}" w:author="Drafter" w:date="2025-10-01T10:00:00Z"/>` : paragraph.markDeleted ? `<w:del w:id="${++changes}" w:author="Drafter" w:date="2025-10-01T10:00:00Z"/>` : '';
      const properties = [
        paragraph.style ? `<w:pStyle w:val="${paragraph.style}"/>` : '',
        paragraph.numbered ? `<w:numPr><w:ilvl w:val="${paragraph.level ?? 0}"/><w:numId w:val="1"/></w:numPr>` : '',
        mark ? `<w:rPr>${mark}</w:rPr>` : '',
      ].join('');
      let runs = paragraph.runs
        ? paragraph.runs
            .map((run) =>
              run.change === 'del'
                ? tracked('del', `<w:r><w:delText xml:space="preserve">${escape(run.text)}</w:delText></w:r>`)
                : run.change === 'ins'
                  ? tracked('ins', `<w:r><w:t xml:space="preserve">${escape(run.text)}</w:t></w:r>`)
                  : `<w:r><w:t xml:space="preserve">${escape(run.text)}</w:t></w:r>`,
            )
            .join('')
        : `<w:r><w:t xml:space="preserve">${escape(paragraph.text)}</w:t></w:r>`;
      if (paragraph.footnote) {
        notes += 1;
        runs += `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="${notes}"/></w:r>`;
        footnotes.push(`<w:footnote w:id="${notes}"><w:p><w:r><w:t>${escape(paragraph.footnote)}</w:t></w:r></w:p></w:footnote>`);
      }
      return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${runs}</w:p>`;
    })
    .join('');
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>`,
  );
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  zip.file(
    'word/styles.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="OperativeParagraph"><w:name w:val="Operative paragraph"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`,
  );
  zip.file(
    'word/numbering.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl><w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%3)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
  );
  zip.file(
    'word/footnotes.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>${footnotes.join('')}</w:footnotes>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

/**
 * Zip some parts with Node's zlib (deflate in C: a 150 MB part takes a second, where JSZip's JavaScript deflate takes
 * ten). Enough of the format for Word files: local headers, the central directory, its end record.
 */
export function zipParts(parts: Array<{ name: string; data: Uint8Array }>): Uint8Array {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const compressed = deflateRawSync(part.data, { level: 9 });
    const crc = crc32(part.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(part.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(compressed.length, 20);
    entry.writeUInt32LE(part.data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    directory.push(entry, name);
    offset += local.length + name.length + compressed.length;
  }
  const directorySize = directory.reduce((sum, buffer) => sum + buffer.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, ...directory, end]));
}

/** A genuine Word file whose document.xml carries `padding` bytes of white space in its body: a zip bomb of ~1000:1. */
export async function bombDocx(padding: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await buildDocx([{ text: 'We welcome the decision.' }]));
  const parts: Array<{ name: string; data: Uint8Array }> = [];
  for (const name of Object.keys(zip.files)) {
    const file = zip.files[name];
    if (file.dir) continue;
    let data = await file.async('uint8array');
    if (name === 'word/document.xml') {
      const xml = new TextDecoder().decode(data);
      data = Buffer.concat([Buffer.from(xml.slice(0, xml.indexOf('<w:body>') + 8)), Buffer.alloc(padding, 0x20), Buffer.from(xml.slice(xml.indexOf('<w:body>') + 8))]);
    }
    parts.push({ name, data });
  }
  return zipParts(parts);
}
