import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/ingest/front-matter.js';
import { isRedlineError } from '../../src/errors.js';

/** What the YAML parser makes of a front matter block, or the fact that it refuses it. */
function yamlReading(block: string): unknown {
  try {
    return parseYaml(block, { schema: 'core' }) ?? {};
  } catch {
    return 'refused';
  }
}

function redlineReading(block: string): unknown {
  try {
    return splitFrontMatter(`---\n${block}---\nBody.\n`, 'doc.md').data;
  } catch (error) {
    if (isRedlineError(error) && error.code === 'bad-front-matter' && /not valid YAML/.test(error.message)) return 'refused';
    throw error;
  }
}

describe('splitFrontMatter', () => {
  it('reads a catalogue-style block of quoted strings and integers, and the body after it', () => {
    const split = splitFrontMatter('---\ntitle: "A \\"quoted\\" title"\nun_session: 74\nyear: 2019\n---\nFirst paragraph.\n', 'doc.md');
    expect(split.data).toEqual({ title: 'A "quoted" title', un_session: 74, year: 2019 });
    expect(split.body).toBe('First paragraph.\n');
  });

  it('hands everything else to the YAML parser: plain strings, lists, booleans, nulls, comments, repeated keys', () => {
    expect(splitFrontMatter('---\ntitle: plain words\ntags: [a, b]\ndraft: true\nnote: ~\n# comment\n---\nBody.', 'doc.md').data).toEqual({ title: 'plain words', tags: ['a', 'b'], draft: true, note: null });
    expect(() => splitFrontMatter('---\ntitle: "a"\ntitle: "b"\n---\nBody.', 'doc.md')).toThrow(/not valid YAML/);
    expect(() => splitFrontMatter('---\ntitle: "a\\u0000b"\n---\nBody.', 'doc.md')).toThrow(/control character/);
  });

  // The flat reader skips the YAML parser for `key: "string"` / `key: 123` blocks; it must read them exactly as YAML does.
  it('reads flat blocks exactly as the YAML parser does (or refuses them as it does)', () => {
    const key = fc.constantFrom('title', 'date', 'un_session', 'x', 'null', 'True', '__proto__', '_k9', 'a'.repeat(70));
    const value = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 20 }).map((text) => JSON.stringify(text)),
      fc.string({ maxLength: 20 }).map((text) => JSON.stringify(text).replace(/\\n/g, '\\u000a')),
      fc.nat({ max: 10 ** 15 }).map(String),
      fc.constantFrom('007', '-3', '1e3', 'plain', '"a"b"', '"\\x41"', '"\\/"', '"tab\there"'),
    );
    const line = fc.tuple(key, fc.constantFrom(': ', ':  ', ':\t'), value, fc.constantFrom('', ' ', '\t', ' # note')).map(([k, sep, v, end]) => `${k}${sep}${v}${end}\n`);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), (lines) => {
        const block = lines.join('');
        const expected = yamlReading(block);
        let actual: unknown;
        try {
          actual = redlineReading(block);
        } catch (error) {
          // A control character in a value: refused by redline after YAML read it.
          expect(isRedlineError(error) && /control character/.test((error as Error).message)).toBe(true);
          return;
        }
        expect(actual).toEqual(expected);
      }),
      { numRuns: 600, seed: 7 },
    );
  });
});
