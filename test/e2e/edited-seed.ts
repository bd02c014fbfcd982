import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The real seed statement every end-to-end test compares against. */
export const SEED = 'seeds/000_9b5e0b9e7a90fd7e.txt';

/** A new paragraph that a hostile edit might slip in: it must show as text, run nothing and load nothing. */
export const HOSTILE_PARAGRAPH =
  'We note the statement <script>alert("xss")</script> "><img src=x onerror=alert(2)> {{constructor}} {{handlebars}} </script><!-- as received.';

/**
 * Write an edited copy of the seed, the way a later draft changes a text: one paragraph dropped (the one on
 * unilateral coercive measures), one moved (the Points of Contact Directory, to the end), one reworded
 * ("welcome the finalization" → "note the conclusion", a weakened commitment), two merged (telecommunications
 * and Internet governance), and one hostile paragraph added. Returns the copy's path.
 */
export function writeEditedSeed(dir: string): string {
  const blocks = readFileSync(SEED, 'utf8').split(/\n\s*\n/);
  const find = (start: string): number => {
    const index = blocks.findIndex((block) => block.trimStart().startsWith(start));
    if (index < 0) throw new Error(`the seed has no paragraph starting "${start}"; update writeEditedSeed`);
    return index;
  };
  const moved = blocks[find('We commend the launch')];
  const reworded = find('We welcome the finalization');
  blocks[reworded] = blocks[reworded].replace('We welcome the finalization', 'We note the conclusion');
  const telecom = find('We call for increasing cooperation');
  const governance = find('We advocate for the internationalization');
  blocks[telecom] = `${blocks[telecom].trimEnd()} ${blocks[governance].trim()}`;
  const edited = blocks.filter((block, index) => {
    return index !== governance && block !== moved && !block.trimStart().startsWith('We are deeply concerned');
  });
  edited.splice(edited.length - 1, 0, moved, HOSTILE_PARAGRAPH);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'seed-edited.txt');
  writeFileSync(path, edited.join('\n\n'));
  return path;
}
