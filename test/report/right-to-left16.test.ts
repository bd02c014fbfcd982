import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareTexts, compareVersions } from '../../src/pipeline.js';
import { documentFromText } from '../../src/ingest/load-document.js';
import { renderDocx } from '../../src/report/docx.js';
import { renderHistoryDocx } from '../../src/report/history-docx.js';
import { renderHistoryHtml } from '../../src/report/history-html.js';
import { renderReport } from '../../src/report/render-report.js';
import { renderText } from '../../src/report/text.js';
import { isRightToLeft } from '../../src/report/direction.js';
import type { RedlineResult } from '../../src/types.js';

// Trial 16c defect 3 (issue 19): a statement with a Russian and an Arabic paragraph. The Arabic one was laid out left to
// right in the HTML (no `dir`) and in Word (no `w:bidi`), its full stop at the wrong end.
const OLDER = '1. We note the work of the Group.\n\n2. Мы отмечаем важность международной информационной безопасности.\n\n3. نحن نرحب بالتعاون الدولي في مجال أمن المعلومات.\n';
const NEWER = '1. We welcome the work of the Group.\n\n2. Мы подчёркиваем важность международной информационной безопасности.\n\n3. نحن نؤكد التعاون الدولي في مجال أمن المعلومات.\n';

const documentXml = async (bytes: Uint8Array): Promise<string> => (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');

describe('right-to-left paragraphs (trial 16c, Arabic)', () => {
  let result: RedlineResult;
  beforeAll(async () => {
    result = await compareTexts(OLDER, NEWER);
  });

  it('isRightToLeft: by the first letter', () => {
    expect(isRightToLeft('نحن نؤكد التعاون.')).toBe(true);
    expect(isRightToLeft('1. שלום')).toBe(true);
    expect(isRightToLeft('Мы подчёркиваем')).toBe(false);
    expect(isRightToLeft('We note نحن')).toBe(false);
    expect(isRightToLeft('12.')).toBe(false);
  });

  it('text: the Russian and Arabic verbs change as whole words', () => {
    const text = renderText(result, { color: false });
    expect(text).toContain('Мы [-отмечаем-]{+подчёркиваем+} важность');
    expect(text).toContain('نحن [-نرحب بالتعاون-]{+نؤكد التعاون+} الدولي');
  });

  it('HTML: each paragraph\'s text has dir="auto", its label link dir="ltr" (so the text decides)', () => {
    const html = renderReport(result, 'html');
    const arabic = [...html.matchAll(/<p class="para" id="p-(?:left|right)-\d+" dir="auto"><a href="[^"]*" dir="ltr">[^<]*<\/a> [^]*?<\/p>/g)].map((match) => match[0]);
    expect(arabic.length).toBe(6);
    expect(arabic.filter((p) => p.includes('نحن')).length).toBe(2);
  });

  it('Word: the Arabic paragraph is bidirectional and its text runs right to left; the others are not', async () => {
    const xml = await documentXml(await renderDocx(result));
    const paragraphs = xml.split('</w:p>').map((p) => p.slice(p.lastIndexOf('<w:p>')));
    const arabic = paragraphs.filter((p) => p.includes('نحن'));
    expect(arabic.length).toBeGreaterThan(0);
    for (const p of arabic) {
      expect(p).toContain('<w:bidi/>');
      expect(p).toMatch(/<w:rtl\/>[^]*نحن/);
    }
    const others = paragraphs.filter((p) => p.includes('Мы') || p.includes('We ') || p.includes('→'));
    expect(others.length).toBeGreaterThan(0);
    for (const p of others) expect(p).not.toContain('<w:bidi/>');
  });

  it('history HTML and Word: the Arabic position reads right to left', async () => {
    const versions = [OLDER, NEWER].map((text, k) => documentFromText(text, { path: `v${k + 1}.txt` }));
    const history = await compareVersions(versions);
    const html = renderHistoryHtml(history);
    expect(html).toMatch(/<p class="position-text" dir="auto"><span class="text-version" dir="ltr">[^<]*<\/span> نحن/);
    expect(html).toMatch(/<p class="step-diff" dir="auto">[^]*?نحن/);
    const xml = await documentXml(await renderHistoryDocx(history));
    const arabic = xml.split('</w:p>').filter((p) => p.includes('نحن'));
    expect(arabic.length).toBe(2);
    for (const p of arabic) expect(p).toContain('<w:bidi/>');
  });
});
