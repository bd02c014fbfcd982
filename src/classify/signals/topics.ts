import type { TopicSignal } from '../../types.js';
import type { SignalDetector, SignalDocuments } from './detector.js';
import { compileMatcher, defaultLexicons, type Lexicons } from './lexicon.js';
import { documentMentions } from './document-reading.js';
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

/**
 * Topic signals of two paragraphs read alone: a topic the newer paragraph touches and the older did not is `added`; the
 * reverse `removed`. With the two whole documents (`documents`), a topic is removed only when the newer document no
 * longer touches it anywhere, and added only when the older document never touched it (`documentTouches`): a paragraph
 * that drops a topic the text keeps elsewhere removes nothing from the text. A minister told "topic removed: ICT
 * security" of a statement about ICT security from end to end was misinformed (redline #23, session 13: A/RES/74/247
 * against the 2024 Russia–Africa statement; OP 14 of A/RES/78/132 "topic removed: development (least developed
 * countries)" against A/RES/79/194, which says "least developed countries" six times).
 */
export function topicChanges(before: string, after: string, lexicons: Lexicons = defaultLexicons(), documents?: SignalDocuments): TopicSignal[] {
  // "The Treaty" shortening "the Arms Trade Treaty" keeps the topic its full name carries.
  const older = findTopics(withInstrumentAliases(before, after, lexicons), lexicons);
  const newer = findTopics(withInstrumentAliases(after, before, lexicons), lexicons);
  const olderTopics = new Set(older.map((mention) => mention.topic));
  const newerTopics = new Set(newer.map((mention) => mention.topic));
  const removed = older.filter((mention) => !newerTopics.has(mention.topic));
  const added = newer.filter((mention) => !olderTopics.has(mention.topic));
  if (removed.length === 0 && added.length === 0) return [];
  const stillIn = (topic: string): boolean => documents !== undefined && documentTouches(documents.after, topic, lexicons);
  const alreadyIn = (topic: string): boolean => documents !== undefined && documentTouches(documents.before, topic, lexicons);
  return [
    ...removed
      .filter((mention) => !stillIn(mention.topic))
      .map((mention): TopicSignal => ({ type: 'topic', change: 'removed', topic: mention.topic, terms: mention.terms, summary: `topic removed: ${mention.topic} (${mention.terms.join(', ')})`, tally: 'topic removed' })),
    ...added
      .filter((mention) => !alreadyIn(mention.topic))
      .map((mention): TopicSignal => ({ type: 'topic', change: 'added', topic: mention.topic, terms: mention.terms, summary: `topic added: ${mention.topic} (${mention.terms.join(', ')})`, tally: 'topic added' })),
  ];
}

const topicMentions = documentMentions((text, lexicons) => findTopics(text, lexicons).map((mention) => mention.topic));

/** Whether a document touches a topic in any paragraph, read only as far as needed (`documentMentions`). */
export function documentTouches(paragraphs: readonly string[], topic: string, lexicons: Lexicons = defaultLexicons()): boolean {
  return topicMentions(paragraphs, topic, lexicons);
}


/**
 * The topic signal type: on every finding (a new paragraph brings its topics, a dropped one takes them away), read
 * against the whole documents when classify gives them: a topic added is one the older text never touched, a topic
 * removed one the newer text no longer touches anywhere.
 */
export const topicDetector: SignalDetector = {
  type: 'topic',
  detect: ({ before, after, lexicons, documents }) => topicChanges(before.text, after.text, lexicons, documents),
};
