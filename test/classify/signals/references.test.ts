import { describe, expect, it } from 'vitest';
import { findReferences, referenceChanges } from '../../../src/classify/signals/references.js';

const keys = (text: string) => findReferences(text).map((mention) => mention.key);
const changes = (before: string, after: string) => referenceChanges(before, after).map((signal) => signal.summary);

describe('findReferences', () => {
  it('reads resolutions, decisions, document symbols, articles and named instruments', () => {
    expect(keys('Recalling its resolutions 70/237 of 23 December 2015 and 73/27, and its decision 77/551, and A/79/214,')).toEqual([
      'resolution 70/237',
      'resolution 73/27',
      'decision 77/551',
      'A/79/214',
    ]);
    expect(keys('in accordance with Article 2 (4) of the Charter of the United Nations')).toEqual(['Article 2 (4)', 'Charter of the United Nations']);
    expect(keys('Security Council resolutions 1540 (2004) and 2231 (2015)')).toEqual(['resolution 1540 (2004)', 'resolution 2231 (2015)']);
    expect(keys('A/RES/78/16 and the report (A/79/414, para. 7)')).toEqual(['A/RES/78/16', 'A/79/414']);
  });

  it('does not read fractions, dates or page marks as resolutions', () => {
    expect(keys('raise the target range to 1/4 to 1/2 percent on 10/11/2024')).toEqual([]);
    expect(keys('3/9')).toEqual([]);
  });

  it("reads a resolution's own title line", () => {
    expect(keys('79/77. Comprehensive Nuclear-Test-Ban Treaty')).toEqual(['resolution 79/77', 'Comprehensive Nuclear-Test-Ban Treaty']);
  });
});

describe('referenceChanges', () => {
  it('tells a successor (next session, same shape) from a reference added or removed', () => {
    expect(changes('Recalling its resolution 75/240,', 'Recalling its resolution 76/19 and resolution 74/247,')).toEqual([
      'reference succeeded (routine): resolution 75/240 → resolution 76/19',
      'reference added: resolution 74/247',
    ]);
    expect(changes('(A/79/414, para. 7)', '(A/80/534, para. 7)')).toEqual(['reference succeeded (routine): A/79/414 → A/80/534']);
    expect(changes('2 A/AC.109/2023/7.', '2 A/AC.109/2024/7.')).toEqual(['reference succeeded (routine): A/AC.109/2023/7 → A/AC.109/2024/7']);
  });

  it('does not take a jump of two sessions, or another kind of symbol, for a successor', () => {
    expect(changes('its resolution 75/240', 'its resolution 77/37')).toEqual(['reference removed: resolution 75/240', 'reference added: resolution 77/37']);
    expect(changes('see A/79/414', 'see A/RES/80/70')).toEqual(['reference removed: A/79/414', 'reference added: A/RES/80/70']);
  });

  it('reads every item of a long list of resolutions, and a report with an addendum succeeded by next year\'s', () => {
    const list = 'Recalling its resolutions 53/7 of 16 October 1998, 54/215 of 22 December 1999, 55/205 of 20 December 2000, 56/200 of 21 December 2001, 58/210 of 23 December 2003, 60/199 of 22 December 2005, 62/197 of 19 December 2007, 64/206 of 21 December 2009 and 66/206 of 22 December 2011,';
    expect(keys(list)).toHaveLength(9);
    expect(changes('(A/78/461/Add.8, para. 7)', '(A/79/437/Add.9, para. 6)')).toEqual(['reference succeeded (routine): A/78/461/Add.8 → A/79/437/Add.9']);
  });

  it('reads "the Treaty" as the instrument the other version names in full', () => {
    expect(changes('the relevance of the Arms Trade Treaty, including', 'the relevance of the Treaty, including')).toEqual([]);
    expect(changes('the relevance of the Treaty', 'the relevance of the Arms Trade Treaty and the Paris Agreement3')).toEqual(['reference added: Paris Agreement']);
  });

  it('reports the Charter cited by another name as the same reference', () => {
    expect(changes('the principles of the UN Charter', 'the principles of the Charter of the United Nations')).toEqual([]);
  });
});
