import type { TopicSignal } from '../../types.js';
import type { SignalDetector } from './detector.js';
import { compileMatcher, defaultLexicons, type Lexicons } from './lexicon.js';
import { withInstrumentAliases } from './references.js';

/** A topic a text touches: its name and the words that tagged it, as written, each once. */
export interface TopicMention {
  topic: string;
  terms: string[];
}

/** A title quoted after "entitled" (an agenda item, a report, a resolution): its words name it, they are not the paragraph's topic. */
const ENTITLED = /\bentitled\s+[“"][^”"]*[”"]/g;

/** The topics of a text, in lexicon order (lexicon `lexicons/topics.yaml`). */
export function findTopics(text: string, lexicons: Lexicons = defaultLexicons()): TopicMention[] {
  const byTopic = new Map<string, Set<string>>();
  const untitled = text.replace(ENTITLED, (title) => ' '.repeat(title.length));
  for (const match of compileMatcher(lexicons.topics, lexicons.topicsIgnore)(untitled)) {
    if (!match.entry) continue;
    const terms = byTopic.get(match.entry.name) ?? new Set<string>();
    terms.add(match.text);
    byTopic.set(match.entry.name, terms);
  }
  return lexicons.topics.filter((entry) => byTopic.has(entry.name)).map((entry) => ({ topic: entry.name, terms: [...byTopic.get(entry.name)!] }));
}

/** Topic signals: a topic the newer text touches and the older did not is `added`; the reverse `removed`. */
export function topicChanges(before: string, after: string, lexicons: Lexicons = defaultLexicons()): TopicSignal[] {
  // "The Treaty" shortening "the Arms Trade Treaty" keeps the topic its full name carries.
  const older = findTopics(withInstrumentAliases(before, after, lexicons), lexicons);
  const newer = findTopics(withInstrumentAliases(after, before, lexicons), lexicons);
  const olderTopics = new Set(older.map((mention) => mention.topic));
  const newerTopics = new Set(newer.map((mention) => mention.topic));
  return [
    ...older
      .filter((mention) => !newerTopics.has(mention.topic))
      .map((mention): TopicSignal => ({ type: 'topic', change: 'removed', topic: mention.topic, terms: mention.terms, summary: `topic removed: ${mention.topic} (${mention.terms.join(', ')})`, tally: 'topic removed' })),
    ...newer
      .filter((mention) => !olderTopics.has(mention.topic))
      .map((mention): TopicSignal => ({ type: 'topic', change: 'added', topic: mention.topic, terms: mention.terms, summary: `topic added: ${mention.topic} (${mention.terms.join(', ')})`, tally: 'topic added' })),
  ];
}

/** The topic signal type: on every finding (a new paragraph brings its topics, a dropped one takes them away). */
export const topicDetector: SignalDetector = {
  type: 'topic',
  detect: ({ before, after, lexicons }) => topicChanges(before.text, after.text, lexicons),
};
