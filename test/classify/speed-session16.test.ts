import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import { taggingModel } from '../../src/normalize/english-model.js';
import { DRAFT, HAS_SHARED, SEED, SHARED_DATA } from '../helpers/paths.js';

// Issue 21 session 16: the English model loaded without what tagging never runs, against the package's own model.

describe('the English model for tagging alone', () => {
  const require = createRequire(import.meta.url);
  const packaged = winkNLP(require('wink-eng-lite-web-model'), ['pos']);
  const lean = winkNLP(taggingModel(), ['pos']);
  const annotations = (nlp: typeof lean, text: string): unknown => {
    const its = nlp.its;
    const tokens = nlp.readDoc(text).tokens();
    return [tokens.out(its.lemma as never), tokens.out(its.normal as never), tokens.out(its.type), tokens.out(its.stopWordFlag as never), tokens.out(its.pos), tokens.out()];
  };

  it('is a model of its own, not the package\'s object', () => {
    expect(taggingModel()).not.toBe(require('wink-eng-lite-web-model'));
  });

  it('tags, lemmatizes and types every token as the package\'s model does (the seed, the demo draft, FOMC statements and test texts, lower-cased as normalize does, and as written)', () => {
    // The project's own texts always; 40 FOMC statements where ../shared/data is present.
    const folder = join(SHARED_DATA, 'fomc-statements');
    const files = HAS_SHARED ? readdirSync(folder).filter((name) => name.endsWith('.txt')).sort().slice(0, 40).map((name) => join(folder, name)) : [];
    const texts = [
      ...[SEED, DRAFT, ...files].map((file) => readFileSync(file, 'utf8')),
      "The organisation's programme — 2,500 km² at 3.5 % — wasn't re-engaged; e.g. Mr. O'Neil (U.S.A.) said: “No!” #hashtag @user 12th 1990s ¶ 7 :-) https://un.org/x?y=1",
      'Recalling its resolution 75/240 of 31 December 2020, the General Assembly, Noting with concern, Decides to remain seized of the matter.',
      'Gross domestic product grew 5.7 percent in the fourth quarter; the federal funds rate stays at 0 to 1/4 percent.',
    ];
    expect(texts.length).toBeGreaterThan(3);
    for (const text of texts) {
      for (const form of [text.toLowerCase(), text]) expect(annotations(lean, form)).toEqual(annotations(packaged, form));
    }
  });
});
