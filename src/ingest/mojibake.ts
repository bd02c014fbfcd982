import type { Warning } from '../types.js';

/**
 * Mojibake: UTF-8 text that was once decoded as Latin-1 or Windows-1252 and saved again as UTF-8, so that one
 * character became two to four ("1‑1/4" → "1â\u0080\u00911/4", "’" → "â€™"). Such a run is a lead byte
 * (U+00C2–U+00F4 read as a character) followed by continuation bytes (U+0080–U+00BF, or their Windows-1252 letters
 * "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"). A run is repaired only when its bytes form exactly one valid UTF-8 character of
 * the length the lead byte announces and that character is not itself Latin-1 text ("Ã©" stays when it could be a
 * word): so ordinary accented text ("Â», "é" next to "–") is never touched.
 */

/** Windows-1252 characters for the bytes 0x80–0x9F (where Latin-1 has control characters). */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const CONTINUATION = `[\\u0080-\\u00BF${CP1252.replace(/[\u0080-\u009F]/g, '')}]`;
const RUN = new RegExp(`[\\u00C2-\\u00F4]${CONTINUATION}{1,3}`, 'g');

function byteOf(character: string): number {
  const code = character.charCodeAt(0);
  if (code >= 0x80 && code <= 0xbf) return code;
  const index = CP1252.indexOf(character);
  return index >= 0 ? 0x80 + index : code;
}

/** The UTF-8 character a run of mojibake stands for, or null when the run is not certainly mojibake. */
function decodeRun(run: string): string | null {
  const bytes = [...run].map(byteOf);
  const lead = bytes[0];
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  if (bytes.length !== length) return null;
  let decoded: string;
  try {
    // ignoreBOM keeps a byte-order mark as U+FEFF: by default the decoder drops it and the run would decode to nothing.
    decoded = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(new Uint8Array(bytes));
  } catch {
    return null;
  }
  // A two-byte run decoding to a Latin-1 letter could be real text ("Ã©" in a list of symbols); C1 controls are never text.
  if (length === 2 && decoded.charCodeAt(0) <= 0xff && !/[\u0080-\u009f]/.test(run)) return null;
  return decoded;
}

/** What `repairMojibake` did: the text, how many runs it replaced, and the first one as an example. */
export interface MojibakeRepair {
  text: string;
  repaired: number;
  example: { garbled: string; repaired: string } | null;
}

/** The byte-order mark: a garbled one ("ï»¿", anywhere: files joined together carry one each) is removed, not restored. */
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * A repaired non-breaking hyphen (U+2011) is written as the hyphen it stands for: FOMC statements of 2019–2021 carry
 * "1â\u0080\u00911/2" where the web page had "1‑1/2", and restored as U+2011 the digest printed "1‑1/2 to 1-3/4
 * percent" with two different hyphens, so a search for "1-1/2" in the memo missed it (trial 20-b D10). The comparison
 * folded it to "-" already (`normalize.ts`).
 */
function written(character: string): string {
  if (character === BYTE_ORDER_MARK) return '';
  return character === '\u2011' ? '-' : character;
}

/** Replace every certain mojibake run (see above) by the character it stands for (a byte-order mark by nothing). */
export function repairMojibake(text: string): MojibakeRepair {
  let repaired = 0;
  let example: MojibakeRepair['example'] = null;
  const fixed = text.replace(RUN, (run) => {
    const character = decodeRun(run);
    if (character === null) return run;
    repaired++;
    example ??= { garbled: run, repaired: character };
    return written(character);
  });
  return { text: fixed, repaired, example };
}

/**
 * Escape a run for a warning: control, bidi and invisible characters written as `\u0080`, so the message can be read
 * and a repaired U+202E cannot turn the rest of a terminal line around.
 */
function visible(text: string): string {
  return text.replace(/[\u0080-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Map the C1 control characters (U+0080–U+009F) of a text through Windows-1252: a Windows-1252 text converted as
 * Latin-1 (`iconv -f latin1`) has U+0093 and U+0094 where its quotes “ ” were, U+0092 for ’, U+0096 for –, U+0097 for
 * —, U+0085 for …. C1 controls never occur in real text, so the reading is certain; the five bytes Windows-1252 leaves
 * undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay, and `controlCharacterWarning` says so.
 */
export function repairWindows1252(text: string): { text: string; repaired: number; example: string | null } {
  let repaired = 0;
  let example: string | null = null;
  const fixed = text.replace(/[\u0080-\u009f]/g, (control) => {
    const meant = CP1252[control.charCodeAt(0) - 0x80];
    if (meant === control) return control;
    repaired++;
    example ??= `${visible(control)} → "${meant}"`;
    return meant;
  });
  return { text: fixed, repaired, example };
}

/**
 * Repair a decoded text and say so in `warnings`, one line each naming the file: UTF-8 read as Latin-1 (code
 * `mojibake`), then a Windows-1252 text read as Latin-1 (code `windows-1252`); C1 controls left after both are warned of
 * (`control-characters`).
 */
export function repairWithWarning(text: string, path: string, warnings: Warning[] | undefined): string {
  const result = repairMojibake(text);
  if (result.repaired > 0 && result.example) {
    const noun = result.repaired === 1 ? 'sequence' : 'sequences';
    const { garbled, repaired } = result.example;
    const code = `U+${repaired.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    const shown = repaired === '\u2011' ? `"-" (${code}, a non-breaking hyphen, written as a hyphen)` : `"${visible(repaired)}" (${code})`;
    warnings?.push({
      code: 'mojibake',
      message: `repaired ${result.repaired} garbled character ${noun} (UTF-8 read as Latin-1 upstream), e.g. "${visible(garbled)}" → ${shown}`,
      file: path,
    });
  }
  const windows = repairWindows1252(result.text);
  if (windows.repaired > 0) {
    warnings?.push({
      code: 'windows-1252',
      message: `repaired ${windows.repaired} Windows-1252 character${windows.repaired === 1 ? '' : 's'} read as Latin-1 (C1 control characters), e.g. ${windows.example}`,
      file: path,
    });
  }
  const controls = controlCharacterWarning(windows.text, path);
  if (controls) warnings?.push(controls);
  return windows.text;
}

/**
 * C1 control characters (U+0080–U+009F) left in a text after the repairs above: the five Windows-1252 leaves undefined
 * (0x81, 0x8D, 0x8F, 0x90, 0x9D), which no reading gives a character. Said (code `control-characters`), naming the
 * file, the first one and its line, and how to convert the original; the text is not guessed at.
 */
export function controlCharacterWarning(text: string, path: string): Warning | null {
  const first = /[\u0080-\u009f]/.exec(text);
  if (!first) return null;
  const count = text.match(/[\u0080-\u009f]/g)!.length;
  const line = text.slice(0, first.index).split('\n').length;
  const meant = CP1252[first[0].charCodeAt(0) - 0x80];
  const reading = /[\u0080-\u009f]/.test(meant) ? '' : ` (Windows-1252 "${meant}")`;
  return {
    code: 'control-characters',
    message: `has ${count} C1 control character${count === 1 ? '' : 's'}, the first ${visible(first[0])}${reading} on line ${line}: a Windows-1252 text converted as Latin-1? Convert the original with \`iconv -f windows-1252 -t utf-8\``,
    file: path,
  };
}
