import { describe, expect, it } from 'vitest';
import { repeatedWordingReasons } from '../../src/classify/editorial.js';
import { routineReasons } from '../../src/classify/routine.js';
import { wordDiff } from '../../src/classify/word-diff.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import {
  AGEING,
  BIODIVERSITY,
  CLIMATE,
  ICT,
  POLYNESIA,
  RIGHT_TO_DEVELOPMENT,
  UNIVERSAL_JURISDICTION,
  UN_SERIES_AVAILABLE as available,
  compareInSeries,
  findingAt,
  isSubstantive,
} from '../helpers/un-series.js';

/**
 * Precision round 17 (B): a one-word editorial edit left alone in a paragraph otherwise routine, and the year's report
 * described or titled as that year's (redline #23). Each rule on its real pair, with a counter-case that stays.
 */

const skipNote = available ? '' : SHARED_MISSING;

const editorialReasons = (before: string, after: string): string[] | null => repeatedWordingReasons(wordDiff(before, after, 1000).parts, before, after);

describe('an editorial edit beside routine edits: the paragraph is routine', () => {
  it.skipIf(!available)(`Biodiversity 79/208 → 80/140 OP 19 → OP 22: the Nagoya Protocol's anniversary no longer marked, "as well {+as +}the limited progress": routine${skipNote}`, async () => {
    const finding = findingAt(await compareInSeries(BIODIVERSITY, 'A_RES_79_208.txt', 'A_RES_80_140.txt'), 'OP 22');
    expect(finding.routine).toBe(true);
    expect(finding.change).toBeUndefined();
    expect(finding.reasons).toEqual([
      'an anniversary no longer marked: noting the 10-year anniversary of its entry into force on 12 October 2024',
      'editorial: a conjunction written whole: as well → as well as',
    ]);
  });

  it.skipIf(!available)(`counter-case: French Polynesia 78/91 → 79/104 PP 18: sessions rolled on, the statement "made by the [-representative of the -]President": stays negotiated${skipNote}`, async () => {
    // The words dropped are still in the paragraph (the other statement's speaker), but who spoke this year changed.
    const finding = findingAt(await compareInSeries(POLYNESIA, 'A_RES_78_91.txt', 'A_RES_79_104.txt'), 'PP 18');
    expect(isSubstantive(finding)).toBe(true);
  });

  it.skipIf(!available)(`counter-case: Climate 79/206 → 80/138 OP 9 → OP 8: "parties" → "Parties" beside a deadline "by the end of 2024 → 2025": stays negotiated${skipNote}`, async () => {
    const finding = findingAt(await compareInSeries(CLIMATE, 'A_RES_79_206.txt', 'A_RES_80_138.txt'), 'OP 8');
    expect(isSubstantive(finding)).toBe(true);
    expect(finding.change?.after).toMatch(/by the end of 2025$/);
  });

  it('"as well" made "as well as" before a noun phrase is editorial; "as well" closing a clause, or "as" added elsewhere, is not', () => {
    const older = 'Notes with concern the limited progress made in the implementation of the Convention, as well the limited progress made in the implementation of the Protocol;';
    expect(editorialReasons(older, older.replace('as well the', 'as well as the'))).toEqual(['a conjunction written whole: as well → as well as']);
    const closing = 'Notes the progress made by States, and by the Secretariat as well;';
    expect(editorialReasons(closing, closing.replace('as well;', 'as well as;'))).toBeNull();
    // "as" added anywhere but after "as well" is no conjunction completed.
    expect(editorialReasons(older, older.replace('Notes with concern the', 'Notes with concern as the'))).toBeNull();
  });
});

describe("a noun's modifier put after it with \"of\"", () => {
  it.skipIf(!available)(`Ageing 79/147 → 80/179 OP 63 → OP 65: "integrate ageing into their [-work -]programmes {+of work+}": editorial${skipNote}`, async () => {
    const finding = findingAt(await compareInSeries(AGEING, 'A_RES_79_147.txt', 'A_RES_80_179.txt'), 'OP 65');
    expect(finding.editorial).toBe(true);
    expect(finding.reasons).toEqual(['word order: “work programmes” written “programmes of work”']);
  });

  it('counter-cases: the modifier carried past more than the head noun, or a different word after "of"', () => {
    const older = 'entities that integrate ageing into their work programmes on the implementation of the 2030 Agenda;';
    expect(editorialReasons(older, older.replace('work programmes', 'programmes of work'))).toEqual(['word order: “work programmes” written “programmes of work”']);
    const wider = 'entities that integrate ageing into their work programmes and budget plans on the implementation of the 2030 Agenda;';
    expect(editorialReasons(wider, wider.replace('work programmes and budget plans', 'programmes and budget plans of work'))).toBeNull();
    expect(editorialReasons(older, older.replace('work programmes', 'programmes of action'))).toBeNull();
  });
});

describe('a group named as the United Nations names it', () => {
  it.skipIf(!available)(`ICT for development 78/132 → 79/194 PP 55 → PP 54: "women and girls, [-the elderly-]{+older persons+} and people in vulnerable situations": editorial${skipNote}`, async () => {
    const finding = findingAt(await compareInSeries(ICT, 'A_RES_78_132.txt', 'A_RES_79_194.txt'), 'PP 54');
    expect(finding.editorial).toBe(true);
    expect(finding.reasons).toEqual(['editorial style: the elderly → older persons']);
  });

  it('counter-cases: another group, or "elderly" as an adjective of another noun', () => {
    const older = 'especially women and girls, the elderly and people in vulnerable situations, do not have access to the Internet';
    expect(editorialReasons(older, older.replace('the elderly', 'older persons'))).toEqual(['editorial style: the elderly → older persons']);
    expect(editorialReasons(older, older.replace('the elderly', 'persons with disabilities'))).toBeNull();
    const adjective = 'especially women and girls, elderly women and people in vulnerable situations';
    expect(editorialReasons(adjective, adjective.replace('elderly women', 'older persons'))).toBeNull();
  });
});

describe("the year's report described or titled as that year's", () => {
  it.skipIf(!available)(`universal jurisdiction 78/113 → 79/127 → 80/168 OP 1: the Secretary-General's report "prepared on the basis of comments …" ↔ "reviewing all the submissions …": routine both ways${skipNote}`, async () => {
    for (const [older, newer] of [
      ['A_RES_78_113.txt', 'A_RES_79_127.txt'],
      ['A_RES_79_127.txt', 'A_RES_80_168.txt'],
    ]) {
      const finding = findingAt(await compareInSeries(UNIVERSAL_JURISDICTION, older, newer), 'OP 1');
      expect(finding.routine).toBe(true);
      expect(finding.reasons?.[0]).toMatch(/^the year's report described as that year's: /);
    }
  });

  it.skipIf(!available)(`the right to development 78/203 → 79/170 OP 13: the Special Rapporteur's report "[-, in which the Special Rapporteur examines the role of business …-]": routine${skipNote}`, async () => {
    const finding = findingAt(await compareInSeries(RIGHT_TO_DEVELOPMENT, 'A_RES_78_203.txt', 'A_RES_79_170.txt'), 'OP 13');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(["the year's report described as that year's: in which the Special Rapporteur examines the role … → ∅"]);
  });

  it.skipIf(!available)(`ICT for development 79/194 → 80/118 PP 27 → PP 31: UNCTAD's report "entitled [-Digital Economy Report 2024: …-]{+Technology and Innovation Report 2025: …+}": routine${skipNote}`, async () => {
    const finding = findingAt(await compareInSeries(ICT, 'A_RES_79_194.txt', 'A_RES_80_118.txt'), 'PP 31');
    expect(finding.routine).toBe(true);
    expect(finding.reasons?.[0]).toMatch(/^the year's report titled as that year's: Digital Economy Report 2024/);
  });

  it('counter-cases: a call or a clause of the Assembly added, another rapporteur, a welcome, a stance dropped', () => {
    const noted = 'Takes note with appreciation of the report of the Special Rapporteur of the Human Rights Council on the right to development;';
    const described = 'Takes note with appreciation of the report of the Special Rapporteur of the Human Rights Council on the right to development, in which the Special Rapporteur examines the role of business in realizing this right;';
    expect(routineReasons(described, noted)).toEqual(["the year's report described as that year's: in which the Special Rapporteur examines the role … → ∅"]);
    // The description carries a call; a clause in the Assembly's voice is added; the report is another mandate's.
    expect(routineReasons(noted, noted.replace(';', ', in which the Special Rapporteur calls for a legally binding instrument;'))).toEqual([]);
    expect(routineReasons(noted, noted.replace(';', ', and requests the Special Rapporteur to present an oral update;'))).toEqual([]);
    expect(routineReasons(noted, noted.replace('the right to development', 'the right to food'))).toEqual([]);
    // "with appreciation" dropped: the opening is not the same.
    expect(routineReasons(described, noted.replace(' with appreciation', ''))).toEqual([]);
    const titled = 'Taking note of the report of the United Nations Conference on Trade and Development entitled Digital Economy Report 2024: Shaping an Environmentally Sustainable and Inclusive Digital Future,';
    const next = 'Taking note of the report of the United Nations Conference on Trade and Development entitled Technology and Innovation Report 2025: Inclusive Artificial Intelligence for Development,';
    expect(routineReasons(titled, next)).toHaveLength(1);
    expect(routineReasons(titled.replace('Taking note of', 'Welcoming'), next.replace('Taking note of', 'Welcoming'))).toEqual([]);
  });
});
