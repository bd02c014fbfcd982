import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline.js';
import { signalGroupLine, signalGroups } from '../../src/report/labels.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';
import { lineAt, linesOf } from '../helpers/digest-lines.js';

/**
 * Trial 18-a (a new analyst reading the digest against the texts): D1, a clause put before a kept verb read as the verb
 * replaced; D6, the tone on "1 more change" rather than on the verb it qualifies; D16, one actor signal per country, each
 * with the same count of actors named.
 */
const SERIES = join(SHARED_DATA, 'un-resolutions/texts/series');
const ICT4SD = join(SERIES, 'information-and-communications-technologies-for-sustainable');
const DEBT = join(SERIES, 'external-debt-sustainability-and-development');
const ATT = join(SERIES, 'the-arms-trade-treaty');

describe.skipIf(!HAS_SHARED)(`trial 18-a digest lines (${HAS_SHARED ? 'reads ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('D1: ICT4SD 78/132 → 79/194 OP 49 → OP 54 says the qualifier added before the kept encouragement, not the encouragement replaced', async () => {
    const line = lineAt(linesOf(await compare(join(ICT4SD, 'A_RES_78_132.txt'), join(ICT4SD, 'A_RES_79_194.txt'))), 'OP 49 → OP 54');
    expect(line.changes).toEqual(['adds “in full compliance with national law and relevant legal and regulatory frameworks”', 'create legal and regulatory frameworks → create such frameworks']);
    expect(line.text).toBe('OP 49 → OP 54: adds “in full compliance with national law and relevant legal and regulatory frameworks”; create legal and regulatory frameworks → create such frameworks');
  });

  it('D1: External debt 79/197 → 80/123 OP 7 → OP 9 keeps the welcome of the MVI report: a call added, the panel’s chairs dropped', async () => {
    const line = lineAt(linesOf(await compare(join(DEBT, 'A_RES_79_197.txt'), join(DEBT, 'A_RES_80_123.txt'))), 'OP 7 → OP 9');
    expect(line.changes).toEqual([
      'adds “in this regard supports the call for action contained in the Sevilla Commitment”',
      'drops “co-chaired by the Prime Minister of Antigua and Barbuda, Gaston Browne, and the former Prime Minister of Norway, Erna Solberg”, “including its consultations with Member States”',
    ]);
    expect(line.text).not.toContain('welcomes the final report');
  });

  // Session 19 (trial 19-a D4) reads the same line with the texts around it: the modalities were adopted meanwhile
  // (80/118 takes note of them "as contained in resolution 79/277"), so the verb changed because the event came about:
  // no direction, the change still first in the line.
  it('D6: ICT4SD 79/194 → 80/118 OP 62 → OP 66 says decide → take note first in the line, with no direction once the modalities were adopted (trial 19-a D4)', async () => {
    const line = lineAt(linesOf(await compare(join(ICT4SD, 'A_RES_79_194.txt'), join(ICT4SD, 'A_RES_80_118.txt'))), 'OP 62 → OP 66');
    expect(line.tone).toBeNull();
    expect(line.changes[0]).toBe('Decides to finalize the modalities → Takes note of the modalities');
    expect(line.text.startsWith('OP 62 → OP 66: Decides to finalize the modalities → Takes note of the modalities; ')).toBe(true);
    expect(line.text).not.toMatch(/\((?:weaker|stronger)\)/);
  });

  it('D6: Arms Trade Treaty 79/52 → A/C.1/80/L.9 OP 5 says "calls upon → urges (stronger)" first', async () => {
    const drafts = join(SHARED_DATA, 'un-resolutions/texts/drafts');
    const line = lineAt(linesOf(await compare(join(ATT, 'A_RES_79_52.txt'), join(drafts, 'A_C.1_80_L.9.txt'))), 'OP 5');
    expect(line.text).toBe('OP 5: calls upon States → urges States (stronger); expresses concern → expresses serious concern; States and the potential adverse → States and the adverse');
  });

  it('D16: Arms Trade Treaty 78/48 → 79/52 PP 16 says its actors in one line, the count once', async () => {
    const result = await compare(join(ATT, 'A_RES_78_48.txt'), join(ATT, 'A_RES_79_52.txt'));
    const [, right] = result.documents;
    const finding = result.comparisons[0].findings.find((one) => one.right.length === 1 && right.paragraphs[one.right[0]].label === 'PP 16')!;
    expect(finding.signals.filter((signal) => signal.type === 'actor')).toHaveLength(4);
    expect(signalGroups(finding.signals).map(signalGroupLine)).toEqual(['Actors (1 → 3 named): removed Andorra; added Malawi, Gambia, Colombia']);
  });
});
