import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RedlineError } from '../errors.js';

/** Where the PDF converters are looked for: LibreOffice on the search path, Chromium at a path. */
export interface PdfConverters {
  /** The search path `soffice` (LibreOffice) is looked up on: the `PATH` variable's value. */
  searchPath: string;
  /** Chromium's executable (Debian's `/usr/bin/chromium` unless `REDLINE_CHROMIUM` says otherwise). */
  chromium: string;
}

/** Chromium where Debian installs it; the browser tests use the same. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** What a PDF is made from: the Word output (through LibreOffice) or the HTML page (printed by Chromium). */
export interface PdfSources {
  /** The Word document with tracked changes, when the command writes one (compare, report). */
  docx?: () => Promise<Uint8Array>;
  /** The HTML page. */
  html: () => string;
}

/** Longest a converter may take: LibreOffice starts in 3–4 s with a fresh profile; a large text takes longer. */
const CONVERT_TIMEOUT_MS = 180_000;

/** The converters redline can drive, from the environment: `PATH` for soffice, `REDLINE_CHROMIUM` for Chromium. */
export function pdfConverters(env: NodeJS.ProcessEnv): PdfConverters {
  return { searchPath: env.PATH ?? '', chromium: env.REDLINE_CHROMIUM || DEFAULT_CHROMIUM };
}

/** `soffice` on the search path, or null. */
export function findSoffice(searchPath: string): string | null {
  for (const directory of searchPath.split(delimiter).filter(Boolean)) {
    const candidate = join(directory, 'soffice');
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Whether a PDF can be written here, asked before any work: LibreOffice (for a Word source) or Chromium with playwright-core. */
export async function canWritePdf(converters: PdfConverters, fromDocx: boolean): Promise<boolean> {
  if (fromDocx && findSoffice(converters.searchPath)) return true;
  if (!isExecutable(converters.chromium)) return false;
  return import('playwright-core').then(
    () => true,
    () => false,
  );
}

/**
 * Write a PDF, never text under a PDF name: the Word output converted by LibreOffice (`soffice --headless`) when it is
 * on the search path, so the tracked changes print struck through and underlined; else the HTML page printed by
 * Chromium (playwright-core, a development dependency) when both are present; else a RedlineError that says what to
 * install.
 */
export async function renderPdf(sources: PdfSources, converters: PdfConverters): Promise<Uint8Array> {
  const soffice = sources.docx ? findSoffice(converters.searchPath) : null;
  if (soffice && sources.docx) return convertWithLibreOffice(soffice, await sources.docx());
  const printed = await printWithChromium(sources.html(), converters.chromium);
  if (printed) return printed;
  throw noPdfWriter(Boolean(sources.docx));
}

/** The refusal when no converter is here: what to install, or which file to write instead. */
export function noPdfWriter(fromDocx: boolean): RedlineError {
  return new RedlineError(
    'pdf-writer-unavailable',
    'cannot write a PDF: neither LibreOffice (soffice on the PATH) nor Chromium with playwright-core is here',
    fromDocx
      ? 'Install LibreOffice (Debian: apt-get install libreoffice-writer-nogui), or write -o x.docx or -o x.html and print that.'
      : `Install Chromium (${DEFAULT_CHROMIUM}, or name it in REDLINE_CHROMIUM) and playwright-core, or write -o x.html and print that.`,
  );
}

/**
 * The PDF filter with the Word comments exported as PDF notes: without it LibreOffice drops them, and the PDF loses
 * what each position shift and move is ("commitment weakened: welcome → take note"). JSON filter options, LibreOffice
 * 7.4 and later (Debian bookworm's).
 */
const PDF_WITH_NOTES = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}';

/**
 * Convert a DOCX to PDF with LibreOffice in a folder of its own, with a profile of its own: a LibreOffice already
 * running for the user (or another conversion at the same time) would otherwise take the job, or lock the profile.
 */
export async function convertWithLibreOffice(soffice: string, docx: Uint8Array): Promise<Uint8Array> {
  const folder = await mkdtemp(join(tmpdir(), 'redline-pdf-'));
  try {
    const input = join(folder, 'redline.docx');
    await writeFile(input, docx);
    const args = [`-env:UserInstallation=${pathToFileURL(join(folder, 'profile')).href}`, '--headless', '--norestore', '--convert-to', PDF_WITH_NOTES, '--outdir', folder, input];
    const failure = await new Promise<string | null>((resolve) => {
      execFile(soffice, args, { timeout: CONVERT_TIMEOUT_MS }, (error, _stdout, stderr) => resolve(error ? `${error.message} ${String(stderr)}`.trim() : null));
    });
    const pdf = await readFile(join(folder, 'redline.pdf')).catch(() => null);
    if (!pdf || pdf.length === 0) {
      throw new RedlineError('pdf-writer-unavailable', `LibreOffice (${soffice}) did not convert the Word output to PDF${failure ? `: ${failure.split('\n')[0]}` : ''}`, 'Check that soffice --headless --convert-to pdf works here, or write -o x.docx and convert it yourself.');
    }
    return new Uint8Array(pdf);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Print an HTML page to an A4 PDF with Chromium; null when Chromium or playwright-core is not here. */
async function printWithChromium(html: string, chromium: string): Promise<Uint8Array | null> {
  if (!isExecutable(chromium)) return null;
  let playwright: typeof import('playwright-core');
  try {
    playwright = await import('playwright-core');
  } catch {
    return null; // a development dependency: absent from an installed package
  }
  const browser = await playwright.chromium.launch({ executablePath: chromium, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    return new Uint8Array(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
  } finally {
    await browser.close();
  }
}
