import { describe, expect, it } from 'vitest';
import { documentTouches, findTopics, topicChanges } from '../../../src/classify/signals/topics.js';

describe('findTopics', () => {
  it('tags a paragraph with every topic of the lexicon it touches, with the words that did', () => {
    expect(findTopics('We emphasize joint efforts to build the capacity of developing countries, including personnel training and technical assistance, in countering threats to security in the use of ICTs.')).toEqual([
      { topic: 'capacity building', terms: ['build the capacity', 'personnel training', 'technical assistance'] },
      { topic: 'development', terms: ['developing countries'] },
      { topic: 'ICT security', terms: ['security in the use of ICTs'] },
    ]);
  });

  // "Multi-stakeholder" is how every UN text speaks of partnerships; a desk officer found the Decade of Action on
  // Nutrition tagged "internet governance". Only the model of internet governance that the word names in this field is.
  it('reads "multi-stakeholder" as internet governance only when it names the model, not a partnership', () => {
    expect(findTopics('through multi-stakeholder partnerships and platforms for nutrition')).toEqual([]);
    expect(findTopics('the multistakeholder model of the Internet').map((entry) => entry.topic)).toEqual(['internet governance']);
  });

  it('does not read a body named after a topic, or a quoted title, as the topic', () => {
    expect(findTopics('as requested by the Human Rights Council')).toEqual([]);
    expect(findTopics('under the item entitled “Sustainable development”')).toEqual([]);
  });
});

describe('topicChanges', () => {
  it('reports topics a paragraph gains or loses, in lexicon order', () => {
    expect(topicChanges('We call for cooperation.', 'We call for protecting critical infrastructure and cooperation against cybercrime.').map((signal) => signal.summary)).toEqual([
      'topic added: cybercrime (cybercrime)',
      'topic added: critical infrastructure (critical infrastructure)',
    ]);
  });
});

describe('documentTouches: a document read for topics only as far as a question needs', () => {
  const paragraphs = [
    'The General Assembly,',
    'Recalling its efforts to combat cybercrime and the criminal misuse of information and communications technologies,',
    'Stressing the importance of sustainable development for all developing countries,',
  ];
  const everyTopic = (texts: readonly string[]): Set<string> => new Set(texts.flatMap((text) => findTopics(text).map((mention) => mention.topic)));

  it('answers as a reading of every paragraph would, whatever order the questions come in', () => {
    const all = everyTopic(paragraphs);
    expect(all.size).toBeGreaterThanOrEqual(2);
    const asked = [...all, 'no such topic', ...[...all].reverse()];
    const fresh = [...paragraphs];
    expect(asked.map((topic) => documentTouches(fresh, topic))).toEqual(asked.map((topic) => all.has(topic)));
  });

  it('keeps one reading per document: another document with other paragraphs gets its own answers', () => {
    const first = [paragraphs[1]];
    const second = ['The General Assembly,'];
    const topic = [...everyTopic(first)][0];
    expect(documentTouches(first, topic)).toBe(true);
    expect(documentTouches(second, topic)).toBe(false);
  });
});
