import { describe, expect, it } from 'vitest';
import { SHARED_MISSING } from '../helpers/paths.js';
import { compareInSeries, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';
import { lineAt, linesOf } from '../helpers/digest-lines.js';

/** Round 13 L3 (redline #19): the digest lines the desk officer's last reading found wrong. */
describe.skipIf(!UN_SERIES_AVAILABLE)(`digest lines, round 13 L3 (${UN_SERIES_AVAILABLE ? 'reads ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('never calls added the words one of a merge’s sources held (Agriculture 79/227 → 80/157 OP 16 + OP 53 → OP 15)', async () => {
    const result = await compareInSeries('agriculture-development-food-security-and-nutrition', 'A_RES_79_227.txt', 'A_RES_80_157.txt');
    // Before: `adds “calls upon Member States to accelerate efforts across the six action areas …”` beside `drops
    // “recognizes the efforts made by Member States …”`: the added words were old OP 53's, moved into old OP 16's text.
    // What OP 53 kept for itself is still dropped, one quote.
    expect(lineAt(linesOf(result), 'OP 16 + OP 53 → OP 15').text).toBe(
      'OP 16 + OP 53 → OP 15 (merged): importance of the Decade → importance of the extension of the Decade; Nutrition (2016–2025) and its call → Nutrition and its call; moves “calls upon Member States to accelerate efforts across the six action areas of the work programme of the Decade …” from OP 53; drops “recognizes the efforts made by Member States and United Nations agencies that have already announced their commitments …”',
    );
  }, 60_000);

  it('quotes a title replaced by another whole, never cut inside (Agriculture 79/227 → 80/157 PP 41 → PP 36)', async () => {
    const result = await compareInSeries('agriculture-development-food-security-and-nutrition', 'A_RES_79_227.txt', 'A_RES_80_157.txt');
    // Before: `2024: Financing to End Hunger → 2025: Addressing High; Insecurity and Malnutrition in All Its Forms →
    // Price Inflation for Food Security and Nutrition`: two edits of one report's title, each cut mid-title.
    const text = lineAt(linesOf(result), 'PP 41 → PP 36').text;
    expect(text).toContain(
      '“The State of … 2024: Financing to End Hunger, Food Insecurity and Malnutrition in All Its Forms” → “… 2025: Addressing High Food Price Inflation for Food Security and Nutrition”',
    );
    // Counter-case in the same line: one word put for one in a title (`The Status of Women in Agrifood Systems`) is that
    // edit, as a single replacement is elsewhere; the title next to it in the list of names stays apart.
    expect(text).toContain('; Women → Youth;');
    expect(text).not.toContain('Insecurity and Malnutrition in All Its Forms →');
  }, 60_000);
});
