import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { CliIo } from '../../src/cli/shared.js';
import type { RedlineResult, Signal } from '../../src/types.js';
import { SEED, HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';
import { writeTemp } from '../helpers/edit-seed.js';

function capture(): CliIo & { out: () => string } {
  let out = '';
  return { stdout: { write: (text: string) => (out += text), isTTY: false }, stderr: { write: () => true }, env: {}, out: () => out };
}

/** Replace a phrase that must occur exactly once, so an edit can never silently miss. */
function edit(text: string, from: string, to: string): string {
  expect(text.split(from)).toHaveLength(2);
  return text.replace(from, to);
}

// The older text: the seed with two team-written touches so it has what the edits change ("should", the African Union).
const seed = readFileSync(SEED, 'utf8');
const older = edit(
  edit(seed, 'We recognize the need to improve the legal framework', 'States should improve the legal framework'),
  'We advocate for the formation of a fair',
  'We advocate, together with the African Union, for the formation of a fair',
);
// The newer text: each edit the issue names, once.
let newer = older;
newer = edit(newer, 'We call for increasing cooperation', 'We note increasing cooperation');
newer = edit(newer, 'States should improve the legal framework', 'States shall improve the legal framework');
newer = edit(newer, 'We advocate, together with the African Union, for the formation', 'We advocate for the formation');
newer = edit(newer, 'the African Conference on AI in 2025', 'the African Conference on AI in 2027');
newer = edit(newer, 'joint efforts to build the capacity', 'joint efforts to build, where appropriate, the capacity');
newer = edit(newer, 'and its early entry into force.', 'and its early entry into force, in accordance with resolution 79/243.');
newer = edit(newer, '\n\nWe proceed from the importance', '\n\nWe call for strengthening the protection of critical infrastructure against malicious use of ICTs.\n\nWe proceed from the importance');
const OLDER = writeTemp('older.txt', older);
const NEWER = writeTemp('newer.txt', newer);

/** Each expected signal: its summary and the tone it must read with. */
const EXPECTED: Array<{ summary: string; tone: 'weaker' | 'stronger' | 'neutral' }> = [
  { summary: 'commitment weakened: call for → note', tone: 'weaker' },
  { summary: 'commitment strengthened: should → shall', tone: 'stronger' },
  { summary: 'actor removed: African Union (1 → 0 actors named)', tone: 'neutral' },
  { summary: 'year changed: 2025 → 2027', tone: 'neutral' },
  { summary: 'hedge added, weakened: where appropriate', tone: 'weaker' },
  { summary: 'reference added: resolution 79/243', tone: 'neutral' },
  { summary: 'topic added: critical infrastructure (critical infrastructure)', tone: 'neutral' },
];

describe('redline compare and report: the signals of an edited seed', () => {
  it('reports each edit with its direction in JSON', async () => {
    const io = capture();
    expect(await run(['compare', OLDER, NEWER, '--format', 'json'], io)).toBe(0);
    const result = JSON.parse(io.out()) as RedlineResult;
    const signals = result.comparisons[0].findings.flatMap((finding) => finding.signals);
    const find = (summary: string): Signal | undefined => signals.find((signal) => signal.summary === summary);
    for (const { summary } of EXPECTED) expect(find(summary)?.summary).toBe(summary);
    expect(find('commitment weakened: call for → note')).toMatchObject({ type: 'commitment', direction: 'weakened' });
    expect(find('commitment strengthened: should → shall')).toMatchObject({ type: 'commitment', direction: 'strengthened', fromStrength: 2, toStrength: 5 });
    expect(find('hedge added, weakened: where appropriate')).toMatchObject({ type: 'hedge', change: 'added', direction: 'weakened' });
    expect(find('actor removed: African Union (1 → 0 actors named)')).toMatchObject({ type: 'actor', change: 'removed', actor: 'African Union' });
    expect(find('year changed: 2025 → 2027')).toMatchObject({ type: 'number', category: 'year', routine: false });
    expect(find('reference added: resolution 79/243')).toMatchObject({ type: 'reference', change: 'added', kind: 'resolution' });
    const added = result.comparisons[0].findings.find((finding) => finding.kind === 'new');
    expect(added?.signals.map((signal) => signal.summary)).toContain('topic added: critical infrastructure (critical infrastructure)');
  });

  it('reports each in the text summary, with the pair summary line', async () => {
    const io = capture();
    expect(await run(['compare', OLDER, NEWER], io)).toBe(0);
    const text = io.out();
    for (const { summary } of EXPECTED) expect(text).toContain(`  ${summary}\n`);
    // The new paragraph's "malicious use of ICTs" adds no topic: the seed speaks of ICT security throughout (session 13).
    expect(text).not.toContain('topic added: ICT security');
    // Since session 20 (fomc20, trial 20-b D1) the summary counts commitments first.
    expect(text).toContain(
      '1 commitment strengthened, 1 commitment weakened, 1 actor removed, 1 reference added, 1 topic added, 1 year changed, 1 hedge added.',
    );
  });

  it('draws each as a badge of the right tone in the HTML report, with a filter per signal type', async () => {
    const out = writeTemp('report.html', '');
    expect(await run(['report', OLDER, NEWER, '--out', out], capture())).toBe(0);
    const html = readFileSync(out, 'utf8');
    for (const { summary, tone } of EXPECTED) {
      const text = summary.charAt(0).toUpperCase() + summary.slice(1);
      expect(html).toMatch(new RegExp(`<span class="signal signal-[a-z]+ tone-${tone}">${text.replace(/[()]/g, '\\$&')}</span>`));
    }
    expect([...html.matchAll(/data-signal-filter="([a-z]+)"/g)].map((match) => match[1]).sort()).toEqual(['actor', 'commitment', 'hedge', 'number', 'reference', 'topic']);
  });
});

describe('redline compare --lexicon', () => {
  it('extends the built-in lexicons with a user file', async () => {
    const lexicon = writeTemp('outer-space.yaml', 'topics:\n  - { name: outer space, terms: [outer space, space debris] }\n');
    const withSpace = writeTemp('newer-space.txt', edit(newer, 'We note increasing cooperation', 'We note increasing cooperation on space debris and'));
    const io = capture();
    expect(await run(['compare', OLDER, withSpace, '--lexicon', lexicon], io)).toBe(0);
    expect(io.out()).toContain('  topic added: outer space (space debris)\n');
    const plain = capture();
    await run(['compare', OLDER, withSpace], plain);
    expect(plain.out()).not.toContain('outer space');
  });

  it('refuses an unusable lexicon with one line naming the file, exit 2', async () => {
    const bad = writeTemp('bad.yaml', 'hedges:\n  - { name: maybe, terms: [maybe] }\n');
    let err = '';
    const io = { ...capture(), stderr: { write: (text: string) => (err += text) } };
    expect(await run(['compare', OLDER, NEWER, '--lexicon', bad], io)).toBe(2);
    expect(err).toBe(`redline: ${bad}: hedge "maybe" needs a strength of 1, 2 or 3. Fix the file to the shape of the built-in lexicons/*.yaml (docs/findings.md, "Lexicons").\n`);
  });
});

describe.skipIf(!HAS_SHARED)('redline compare: a recurring resolution, 79th → 80th session', () => {
  if (!HAS_SHARED) console.warn(SHARED_MISSING);

  it('reads a pair whose only changes are the yearly succession as a technical update', async () => {
    // "Universal realization of the right of peoples to self-determination", A/RES/79/164 → A/RES/80/196, read as they
    // are: the running symbols, barcodes and job numbers, the first-page form and the closing meeting line are document
    // facts, not paragraphs, so the paragraphs left hold only the yearly succession and one mended line break.
    const folder = join(SHARED_DATA, 'un-resolutions/texts/series/universal-realization-of-the-right-of-peoples-to-self-determ');
    const io = capture();
    expect(await run(['compare', join(folder, 'A_RES_79_164.txt'), join(folder, 'A_RES_80_196.txt')], io)).toBe(0);
    const text = io.out();
    expect(text).toContain('unchanged 12 · modified 3 (1 editorial, 2 routine) · split 0 · merged 0 · new 0 · dropped 0');
    expect(text).toContain('Technical update: every change is the yearly succession of sessions, years, dates and symbols, or editorial (2 routine, 1 editorial).');
    expect(text).toContain('reference succeeded (routine): resolution 78/193 → resolution 79/164');
    expect(text).toContain('session number changed (routine): eightieth session → eighty-first session');
    // The session, symbol and meeting that changed are the document's facts, reported apart from the paragraphs.
    expect(text).toContain('    session: Seventy-ninth session → Eightieth session\n');
    expect(text).toContain('    resolution: 79/164 → 80/196\n');
  });
});
