/**
 * "continue to" on a mandate the text gives again ("requests the Secretary-General to continue to submit"), which the
 * routine rules (`routine.ts`) read as the yearly restating of a mandate: not after a modal, where it says what is
 * expected to go on. "… labor market indicators will continue to strengthen" → "… will strengthen" (FOMC 2016-04-27 →
 * 06-15 ¶ 2, trial 17c D1) is an outlook downgraded, not "“continue to” dropped from a mandate given again".
 */
export const MANDATE_CONTINUE = /\b(?<!\b(?:will|would|should|may|might|could|shall)\s)(?:continue|continues|continuing) to\s/gi;
