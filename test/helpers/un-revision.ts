import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DATA } from './paths.js';

/** The real draft A/C.1/80/L.9 (The Arms Trade Treaty, 38 paragraphs), as its PDF's text came out. */
export const DRAFT_L9 = join(SHARED_DATA, 'un-resolutions/texts/drafts/A_C.1_80_L.9.txt');

/**
 * What a revision of a draft does, written by the tests into the real draft (no text of it is kept in the repository):
 * the kind of L.17 → L.58 step issue 20 describes. Each edit must find its words, else the helper throws: a test never
 * runs on a revision that silently lost an edit.
 */
const EDITS: ReadonlyArray<{ what: string; from: string | RegExp; to: string }> = [
  { what: 'the symbol, on every page', from: /A\/C\.1\/80\/L\.9/g, to: 'A/C.1/80/L.9/Rev.1' },
  { what: 'a preambular rewording', from: 'the universalization of the Treaty is essential', to: 'the universalization of the Treaty remains essential' },
  { what: 'OP 15 weakened', from: '15. Welcomes the efforts', to: '15. Takes note of the efforts' },
  { what: 'OP 17 narrowed', from: 'other international, regional and national outreach', to: 'other international and regional outreach' },
  {
    what: 'a new OP 20, the last renumbered',
    from: '20. Decides to include',
    to: '20. Requests the secretariat of the Treaty to keep Member States informed of the implementation of the present resolution; \n \n21. Decides to include',
  },
];

/** The edited revision of A/C.1/80/L.9, written into `dir`; returns its path. */
export function writeDraftRevision(dir: string): string {
  let text = readFileSync(DRAFT_L9, 'utf8');
  for (const edit of EDITS) {
    const next = text.replace(edit.from, edit.to);
    if (next === text) throw new Error(`the revision's edit "${edit.what}" found nothing to change in ${DRAFT_L9}`);
    text = next;
  }
  const file = join(dir, 'A_C.1_80_L.9_Rev.1.txt');
  writeFileSync(file, text);
  return file;
}
