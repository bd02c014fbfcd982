/**
 * The field's abbreviations, folded to one form so that "information and communications technologies" and "ICTs"
 * match, as do "United Nations" and "UN". Phrases are written as a drafter writes them; they are put through the same
 * tokenizer as the text (`createGlossaryFolder`), so lemmas ("ended" → "end") cannot make an entry miss.
 * Keep it small and documented: every entry is a variant a drafter really swaps (see README, "Normalization").
 */
export const GLOSSARY: Readonly<Record<string, readonly string[]>> = {
  ict: ['information and communication technology', 'information and communications technology', 'icts', 'ict'],
  unga: ['united nations general assembly', 'general assembly of the united nations', 'un general assembly', 'unga'],
  unsc: ['united nations security council', 'security council of the united nations', 'un security council', 'unsc'],
  un: ['united nations', 'un'],
  oewg: ['open-ended working group', 'oewg'],
  gge: ['group of governmental experts', 'gge'],
  ai: ['artificial intelligence', 'ai'],
  au: ['african union', 'au'],
  itu: ['international telecommunication union', 'itu'],
  cbm: ['confidence-building measures', 'cbms', 'cbm'],
  ihl: ['international humanitarian law', 'ihl'],
  iis: ['international information security', 'iis'],
  // The UN texts name the Agenda in full once and short after, and shorten it from one session to the next.
  agenda2030: ['2030 agenda for sustainable development', '2030 agenda'],
};

/** Part of the normalizer's cache key: bump when the glossary changes. */
export const GLOSSARY_VERSION = 'glossary-2';

interface TrieNode {
  next: Map<string, TrieNode>;
  canonical?: string;
}

/** A function replacing every glossary phrase (longest match first) by its canonical form, a content word. */
export type GlossaryFolder = (tokens: GlossaryToken[]) => GlossaryToken[];

/** A token as the folder sees it: its lemma (`token`) and its word as written, lowercased and spelling-folded (`word`). */
export interface GlossaryToken {
  token: string;
  word: string;
  stop: boolean;
}

/**
 * Build the folder, tokenizing each phrase with the text's own tokenizer. A phrase matches on lemmas or on the words as
 * written, since a lemmatizer's output depends on context ("united" stays "united" in a sentence, becomes "unite" alone).
 */
export function createGlossaryFolder(tokenize: (text: string) => GlossaryToken[]): GlossaryFolder {
  const root: TrieNode = { next: new Map() };
  for (const [canonical, phrases] of Object.entries(GLOSSARY)) {
    // A lemmatizer may or may not singularize a word depending on context ("United Nations" → "united nation"):
    // every phrase also goes in with its words' plural s dropped.
    const variants = phrases.flatMap((phrase) => {
      const tokens = tokenize(phrase);
      const words = tokens.map((entry) => entry.word);
      return [words, tokens.map((entry) => entry.token), words.map(dropPluralS)];
    });
    for (const words of variants) {
      let node = root;
      for (const word of words) {
        let child = node.next.get(word);
        if (!child) node.next.set(word, (child = { next: new Map() }));
        node = child;
      }
      node.canonical = canonical;
    }
  }
  return (tokens) => foldWith(root, tokens);
}

function dropPluralS(word: string): string {
  return word.length > 3 ? word.replace(/s$/, '') : word;
}

function foldWith(root: TrieNode, tokens: GlossaryToken[]): GlossaryToken[] {
  const out: GlossaryToken[] = [];
  let i = 0;
  while (i < tokens.length) {
    let node: TrieNode | undefined = root;
    let matchEnd = -1;
    let canonical = '';
    for (let j = i; j < tokens.length && node; j++) {
      const entry = tokens[j];
      node = node.next.get(entry.token) ?? node.next.get(entry.word) ?? node.next.get(dropPluralS(entry.word));
      if (node?.canonical) {
        matchEnd = j + 1;
        canonical = node.canonical;
      }
    }
    if (matchEnd > 0) {
      out.push({ token: canonical, word: canonical, stop: false });
      i = matchEnd;
    } else {
      out.push(tokens[i]);
      i++;
    }
  }
  return out;
}
