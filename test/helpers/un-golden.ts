import { createHash } from 'node:crypto';
import type { Document } from '../../src/types.js';

/**
 * What a golden list holds about a UN document: facts from its first page, and per paragraph its label, role, first
 * words (at most six), length and a hash of its text — never the text (the documents are the UN's, not ours to commit).
 */
export interface UnGolden {
  file: string;
  meta: { symbol?: string; title: string; stage?: string; adoptedOn?: string; issued?: string; meeting?: string; session?: string; agendaItem?: string };
  paragraphs: Array<{ label: string | null; role: string | null; first: string; length: number; sha256: string; footnotes: string[] }>;
}

/** The golden summary of a document read by redline. */
export function unGoldenOf(file: string, document: Document): UnGolden {
  const meta = document.meta;
  return {
    file,
    meta: {
      symbol: meta.symbol,
      // The title's first words only, like the paragraphs'.
      title: firstWords(meta.title),
      stage: meta.status?.stage,
      adoptedOn: meta.status?.on,
      issued: meta.issued,
      meeting: meta.meeting,
      session: meta.session,
      agendaItem: meta.agendaItem,
    },
    paragraphs: document.paragraphs.map((paragraph) => ({
      label: paragraph.label ?? null,
      role: paragraph.role ?? null,
      first: firstWords(paragraph.text),
      length: paragraph.text.length,
      sha256: createHash('sha256').update(paragraph.text).digest('hex').slice(0, 16),
      footnotes: (paragraph.footnotes ?? []).map((note) => note.mark),
    })),
  };
}

function firstWords(text: string): string {
  return text.split(/\s+/).slice(0, 6).join(' ');
}
