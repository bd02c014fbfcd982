import { describe, expect, it } from 'vitest';
import { createScorer } from '../../src/similarity/scorer.js';
import { normalizeParagraph } from '../../src/normalize/normalize.js';

/** A scorer over one paragraph on each side. */
const scorerOf = (left: string, right: string) => createScorer([normalizeParagraph(left)], [normalizeParagraph(right)]);

// Issue 19/23: A/RES/79/235 PP 5 → A/RES/80/128 PP 3, the conference looked forward to and then held.
const LOOKING_FORWARD = 'Looking forward to the convening of the Fourth International Conference on Financing for Development, from 30 June to 3 July 2025, in Seville, Spain,';
const WELCOMING =
  'Welcoming the convening of the Fourth International Conference on Financing for Development from 30 June to 3 July 2025 in Sevilla, Spain, and reaffirming its outcome document, the Sevilla Commitment, endorsed by the General Assembly in its resolution 79/323 of 25 August 2025,';

describe('createScorer: orderedContainment', () => {
  it('finds a paragraph in order in its expanded successor once its aged opening is set aside', () => {
    const scorer = scorerOf(LOOKING_FORWARD, WELCOMING);
    const withOpening = scorer.orderedContainment('left', 0, 0, 0);
    const openingAside = scorer.orderedContainment('left', 0, 0, 4);
    // "look", "forward" are not in the newer text; set aside, every word but "Seville" (now "Sevilla") is found in order.
    expect(openingAside).toBeGreaterThan(withOpening);
    expect(openingAside).toBeGreaterThanOrEqual(0.9);
  });

  it('does not find words out of order, nor set aside more than the opening asked', () => {
    const scorer = scorerOf('Stresses the role of regional banks in development finance.', 'Development finance of regional banks stresses the role.');
    expect(scorer.orderedContainment('left', 0, 0, 0)).toBeLessThan(0.7);
    expect(scorerOf('Urges States to ratify the Convention.', 'Invites organizations to report on the Convention.').orderedContainment('left', 0, 0, 1)).toBeLessThan(0.5);
  });
});
