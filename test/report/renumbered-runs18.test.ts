import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline.js';
import { renderText } from '../../src/report/text.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

const ROHINGYA = join(SHARED_DATA, 'un-resolutions/texts/series/situation-of-human-rights-of-rohingya-muslims-and-other-mino');
if (!HAS_SHARED) console.warn(`Skipping the renumbered-runs tests: ${SHARED_MISSING}`);

/** The renumbered line of the text output. */
const renumberedLine = (text: string): string => /\n {2}renumbered: (.*)\n/.exec(text)?.[1] ?? '';

// Trial 17b D19: sub-paragraphs renumbered were listed one by one ("OP 19 (a) → OP 20 (a), OP 19 (b) → OP 20 (b), …",
// 31 entries for Rohingya 79/182 → 80/221). They run by letter now, and those that only follow their parent are implied.
describe.skipIf(!HAS_SHARED)('renumbered sub-paragraphs in runs (Rohingya)', () => {
  it('78/219 → 79/182: OP 16 (g)–(v) → OP 19 (h)–(w) in one run; (a)–(f), which keep their letter under OP 16 → OP 19, not listed', async () => {
    const result = await compare(join(ROHINGYA, 'A_RES_78_219.txt'), join(ROHINGYA, 'A_RES_79_182.txt'));
    const line = renumberedLine(renderText(result, { color: false }));
    expect(line).toContain('OP 13–15 → OP 15–17, OP 16 → OP 19, OP 16 (g)–(v) → OP 19 (h)–(w), OP 17–27 → OP 21–31, OP 28–30 → OP 33–35, OP 31–32 → OP 38–39');
    expect(line).not.toMatch(/OP 16 \([a-f]\)|OP 30 \(/);
    expect(renderMarkdown(result)).toContain('- **Renumbered:** PP 7 → PP 10, PP 9–29 → PP 11–31, PP 8 → PP 39, PP 39–40 → PP 40–41, PP 41–45 → PP 43–47, PP 47–57 → PP 50–60, PP 58–66 → PP 62–70, PP 68–70 → PP 71–73, OP 9–11 → OP 10–12, OP 13–15 → OP 15–17, OP 16 → OP 19, OP 16 (g)–(v) → OP 19 (h)–(w), OP 17–27 → OP 21–31, OP 28–30 → OP 33–35, OP 31–32 → OP 38–39\n');
  });

  it('79/182 → 80/221: 31 single sub-paragraph entries become one run, and OP 30–39 → OP 36–45 is whole again', async () => {
    const result = await compare(join(ROHINGYA, 'A_RES_79_182.txt'), join(ROHINGYA, 'A_RES_80_221.txt'));
    const line = renumberedLine(renderText(result, { color: false }));
    expect(line.endsWith('OP 7 → OP 9, PP 49 → OP 10, OP 8–19 → OP 13–24, OP 19 (e)–(w) → OP 24 (d)–(v), OP 20–29 → OP 25–34, OP 30–39 → OP 36–45')).toBe(true);
    expect(line.match(/\(/g)?.length).toBe(4);
  });
});
