import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Document, Paragraph } from '../../src/types.js';

/**
 * A UN draft typeset again as the UN prints it, by LibreOffice from a flat OpenDocument text made here: the first
 * page's form (symbol, issuer, distribution, date, session, agenda item and title, the sponsors' line with its `*`
 * note), the title, the enacting formula, preambular paragraphs with an indented first line, operative paragraphs with
 * their numbers and a tab, sub-paragraphs indented, footnotes at the foot of the page in a smaller size; on every later
 * page a running header with the symbol and a footer `2/3`. Nothing of it is committed: the test builds it from a
 * draft of ../shared/data each run.
 */

/** LibreOffice's command, when installed (`apt-get install -y libreoffice-writer-nogui`). */
export const SOFFICE = ['soffice', 'libreoffice'].find((command) => {
  try {
    execFileSync(command, ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
});

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function note(mark: string, text: string): string {
  return `<text:note text:note-class="footnote"><text:note-citation text:label="${escapeXml(mark)}">${escapeXml(mark)}</text:note-citation><text:note-body><text:p text:style-name="Note">${escapeXml(text)}</text:p></text:note-body></text:note>`;
}

/**
 * A paragraph's text with its footnotes' citations where the draft prints them: each mark is found in the paragraph's
 * source after the word or punctuation before it (";2", "Crime, 2"), and the note is set after the same few characters
 * of the paragraph's text (after the last of them when they are not found).
 */
function withCitations(paragraph: Paragraph, source: string): string {
  // The paragraph in the source, from its first words on, page furniture and all (its offsets index the reader's text).
  const flat = source.replace(/\s+/g, ' ');
  const begins = flat.indexOf(paragraph.text.slice(0, 40));
  const raw = begins >= 0 ? flat.slice(begins, begins + paragraph.text.length + 200) : '';
  const inserts: Array<{ at: number; note: string }> = [];
  let from = 0;
  for (const footnote of (paragraph.footnotes ?? []).filter((candidate) => candidate.mark !== '*')) {
    const mark = footnote.mark.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Glued to a word or punctuation (";2"), or a space after punctuation ("Crime, 2").
    const found = new RegExp(`(?:[^\\s\\d/]|[,;:.”’)] )${mark}(?= |$)`).exec(raw.slice(from));
    let at = paragraph.text.length;
    if (found) {
      const end = from + found.index + 1;
      // The mark's own position in `raw` (after the optional space) moves the search on.
      from = from + found.index + found[0].length;
      for (let length = 30; length >= 6; length -= 4) {
        const anchor = raw.slice(Math.max(0, end - length), end).trimStart();
        const index = paragraph.text.indexOf(anchor);
        if (index >= 0) {
          at = index + anchor.length;
          break;
        }
      }
    }
    inserts.push({ at, note: note(footnote.mark, footnote.text) });
  }
  let out = '';
  let done = 0;
  for (const insert of inserts.sort((a, b) => a.at - b.at)) {
    out += escapeXml(paragraph.text.slice(done, insert.at)) + insert.note;
    done = insert.at;
  }
  return out + escapeXml(paragraph.text.slice(done));
}

/** The flat OpenDocument text of a draft read by redline (`loadAnyDocument`) from `source`: its facts and its labelled paragraphs. */
export function unDraftFodt(document: Document, source: string): string {
  const { meta } = document;
  const symbol = meta.symbol ?? '';
  const issued = meta.issued ? new Date(`${meta.issued}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) : '';
  const sponsors = meta.status?.sponsors ?? [];
  const sponsorLine = sponsors.length > 1 ? `${sponsors.slice(0, -1).join(', ')} and ${sponsors[sponsors.length - 1]}` : (sponsors[0] ?? '');
  // The "*" note of the sponsors' line: redline attaches it to the first paragraph it reads after the form.
  const starNote = document.paragraphs.flatMap((paragraph) => paragraph.footnotes ?? []).find((footnote) => footnote.mark === '*');
  const form = [
    `<text:p text:style-name="FirstForm">United Nations<text:tab/>${escapeXml(symbol)}</text:p>`,
    `<text:p text:style-name="Issuer">${escapeXml(meta.issuer ?? 'General Assembly')}</text:p>`,
    `<text:p text:style-name="FormRight">Distr.: ${escapeXml(meta.distribution ?? 'Limited')}</text:p>`,
    `<text:p text:style-name="FormRight">${escapeXml(issued)}</text:p>`,
    `<text:p text:style-name="FormRight">Original: ${escapeXml(meta.originalLanguage ?? 'English')}</text:p>`,
    `<text:p text:style-name="FormGap">${escapeXml(meta.session ?? '')}</text:p>`,
    `<text:p text:style-name="Form">Agenda item ${escapeXml(meta.agendaItem ?? '')}</text:p>`,
    `<text:p text:style-name="FormBold">${escapeXml(meta.title ?? '')}</text:p>`,
    `<text:p text:style-name="Sponsors">${escapeXml(sponsorLine)}:${starNote ? note('*', starNote.text) : ''} draft resolution</text:p>`,
    `<text:p text:style-name="Title">${escapeXml(meta.title ?? '')}</text:p>`,
  ];
  const body = document.paragraphs.map((paragraph) => {
    const text = withCitations(paragraph, source);
    if (paragraph.role === 'sub-paragraph') return `<text:p text:style-name="Sub">${escapeXml(paragraph.number ?? '')}<text:tab/>${text}</text:p>`;
    if (paragraph.number) return `<text:p text:style-name="Operative">${escapeXml(paragraph.number)}<text:tab/>${text}</text:p>`;
    return `<text:p text:style-name="Preambular">${text}</text:p>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:orphans="2" fo:widows="2"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="10pt" fo:language="en" fo:country="US" fo:hyphenate="false"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Form" style:family="paragraph"><style:paragraph-properties fo:margin-left="0in"/></style:style>
<style:style style:name="FormGap" style:family="paragraph" style:parent-style-name="Form"><style:paragraph-properties fo:margin-top="24pt"/></style:style>
<style:style style:name="FormBold" style:family="paragraph" style:parent-style-name="Form"><style:paragraph-properties fo:margin-right="2.5in"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="FormRight" style:family="paragraph"><style:paragraph-properties fo:margin-left="4.5in"/></style:style>
<style:style style:name="Issuer" style:family="paragraph"><style:paragraph-properties fo:margin-top="12pt" fo:margin-bottom="6pt"/><style:text-properties fo:font-size="17pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Sponsors" style:family="paragraph"><style:paragraph-properties fo:margin-top="30pt" fo:margin-left="0.5in" fo:margin-right="0.5in"/></style:style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:margin-top="24pt" fo:margin-bottom="18pt" fo:margin-left="0.5in" fo:margin-right="0.5in"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Preambular" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.5in" fo:text-indent="0.5in" fo:text-align="justify" fo:margin-bottom="6pt" fo:line-height="12pt"/></style:style>
<style:style style:name="Operative" style:family="paragraph" style:parent-style-name="Preambular"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="0.85in"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Sub" style:family="paragraph" style:parent-style-name="Preambular"><style:paragraph-properties fo:margin-left="0.5in" fo:text-indent="1in"><style:tab-stops><style:tab-stop style:position="1.35in"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Note" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.75in" fo:text-indent="-0.25in" fo:text-align="justify"/><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="HeaderRight" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Footer" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="Letter"><style:page-layout-properties fo:page-width="8.5in" fo:page-height="11in" fo:margin-top="0.5in" fo:margin-bottom="0.5in" fo:margin-left="1in" fo:margin-right="1in"/><style:header-style><style:header-footer-properties fo:min-height="0.3in" fo:margin-bottom="0.2in"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.3in" fo:margin-top="0.2in"/></style:footer-style></style:page-layout>
<style:style style:name="FirstForm" style:family="paragraph" style:master-page-name="First"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="6.5in" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="First" style:page-layout-name="Letter" style:next-style-name="Later"/>
<style:master-page style:name="Later" style:page-layout-name="Letter"><style:header><text:p text:style-name="HeaderRight">${escapeXml(symbol)}</text:p></style:header><style:footer><text:p text:style-name="Footer"><text:page-number text:select-page="current"/>/<text:page-count/></text:p></style:footer></style:master-page>
</office:master-styles>
<office:body><office:text>
${[...form, ...body].join('\n')}
</office:text></office:body></office:document>
`;
}

/** The draft typeset to PDF by LibreOffice (headless, a profile of its own), or null without LibreOffice. */
export function unDraftPdf(document: Document, source: string): Uint8Array | null {
  if (!SOFFICE) return null;
  const dir = mkdtempSync(join(tmpdir(), 'redline-draft-pdf-'));
  try {
    writeFileSync(join(dir, 'draft.fodt'), unDraftFodt(document, source));
    execFileSync(SOFFICE, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'draft.fodt')], { stdio: 'ignore', timeout: 120_000 });
    const pdf = join(dir, 'draft.pdf');
    return existsSync(pdf) ? new Uint8Array(readFileSync(pdf)) : null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
