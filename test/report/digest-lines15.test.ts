import { describe, expect, it } from 'vitest';
import { DEBT, ICT, UN_SERIES_AVAILABLE, compareInSeries } from '../helpers/un-series.js';
import { asIfNegotiated, lineAt, linesOf } from '../helpers/digest-lines.js';
import { SHARED_MISSING } from '../helpers/paths.js';

const SAFETY = 'safety-and-security-of-humanitarian-personnel-and-protection';

/**
 * Session 15 (redline #19): digest lines a memo could not carry without the texts, each replacement said as a passage
 * with whole phrases at its ends. Before each fix, the line quoted in its comment; a near miss that must stay as it was.
 */
describe.skipIf(!UN_SERIES_AVAILABLE)(`digest lines say a replacement as a readable passage (session 15) (${UN_SERIES_AVAILABLE ? 'reads ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('External debt 78/137 → 79/197 PP 21 → PP 22: replacements close together are one passage, its ends at phrase boundaries', async () => {
    const lines = linesOf(await compareInSeries(DEBT, 'A_RES_78_137.txt', 'A_RES_79_197.txt'));
    // Before: `low-income countries and 25 per cent … as being → the countries with a Debt Sustainability Framework for
    // Low-income Countries remain at a high risk of debt distress or; or at high risk of debt distress, and → according
    // to the International Monetary Fund, as; significantly increased → significantly contributed to increased`.
    expect(lineAt(lines, 'PP 21 → PP 22').text).toBe(
      'PP 21 → PP 22: 52 per cent of low-income countries and 25 per cent of emerging economies are considered by the International Monetary Fund as being in debt distress or at high risk of debt distress, and the impact → 52 per cent of the countries with a Debt Sustainability Framework for Low-income Countries remain at a high risk of debt distress or in debt distress according to the International Monetary Fund, as the impact; significantly increased → significantly contributed to increased',
    );
    // Before: `financing for development, in particular delivering development finance → addressing the high cost of
    // development financing; Agenda for Sustainable Development: making … → Agenda are items`.
    // OP 39 is routine since session 15 (the items a body set for its session, noted beside the session moved on): its
    // wording is read as the line it would have if negotiated.
    expect(lineAt(linesOf(asIfNegotiated(await compareInSeries(DEBT, 'A_RES_78_137.txt', 'A_RES_79_197.txt'))), 'OP 39').text).toBe(
      'OP 39: at which policy priorities for financing for development, in particular delivering development finance to achieve the 2030 Agenda for Sustainable Development: making development finance contribute to environmentally sound industrialization, were items for deliberation → at which policy priorities for addressing the high cost of development financing to achieve the 2030 Agenda are items for deliberation',
    );
  }, 60_000);

  it('Safety and security 78/118 → 79/138 PP 11 → PP 13: a side ending on a preposition is said with what it governs', async () => {
    const line = lineAt(linesOf(await compareInSeries(SAFETY, 'A_RES_78_118.txt', 'A_RES_79_138.txt')), 'PP 11 → PP 13');
    // Before: `has reached → remains at; …`.
    // sig21 item 2: the last clause "and welcoming the entry into force … of the Optional Protocol" → "and noting the fact
    // that the number of States parties to the Optional Protocol … remains at 33" is `welcome → note`: "(weaker)".
    expect(line.text).toMatch(/^PP 11 → PP 13 \(weaker\): has reached 95 → remains at 95; /);
  }, 60_000);

  it('near miss: a clause dropped and another added far from it stay `drops “…”, adds “…”` (ICT 78/132 → 79/194 OP 13 → OP 16)', async () => {
    const line = lineAt(linesOf(await compareInSeries(ICT, 'A_RES_78_132.txt', 'A_RES_79_194.txt')), 'OP 13 → OP 16');
    expect(line.text).toBe(
      'OP 13 → OP 16: adds “and the e-trade readiness assessments tool”; drops “which provides a new approach to trade development through electronic exchanges by allowing developing countries to more …”, adds “with a focus on providing technical assistance and building capacity for adopting and scaling e-commerce”',
    );
  }, 60_000);
});
