/**
 * The field's abbreviations, folded to one form so that "information and communications technologies" and "ICTs"
 * match, as do "United Nations" and "UN". Phrases are written in normalized form (lowercase lemmas, hyphens split).
 * Keep it small and documented: every entry is a variant a drafter really swaps (see README, "Normalization").
 */
export const GLOSSARY: Readonly<Record<string, readonly string[]>> = {
  ict: ['information and communication technology', 'information and communications technology', 'icts', 'ict'],
  unga: ['united nations general assembly', 'general assembly of the united nations', 'un general assembly', 'unga'],
  unsc: ['united nations security council', 'security council of the united nations', 'un security council', 'unsc'],
  un: ['united nations', 'un'],
  oewg: ['open ended working group', 'oewg'],
  gge: ['group of governmental expert', 'group of government expert', 'gge'],
  ai: ['artificial intelligence', 'ai'],
  au: ['african union', 'au'],
  itu: ['international telecommunication union', 'itu'],
  cbm: ['confidence building measure', 'cbms', 'cbm'],
  ihl: ['international humanitarian law', 'ihl'],
  iis: ['international information security', 'iis'],
};

/** Part of the normalizer's cache key: bump when the glossary changes. */
export const GLOSSARY_VERSION = 'glossary-1';

interface TrieNode {
  next: Map<string, TrieNode>;
  canonical?: string;
}

const root: TrieNode = buildTrie();

function buildTrie(): TrieNode {
  const top: TrieNode = { next: new Map() };
  for (const [canonical, phrases] of Object.entries(GLOSSARY)) {
    for (const phrase of phrases) {
      let node = top;
      for (const word of phrase.split(' ')) {
        let child = node.next.get(word);
        if (!child) node.next.set(word, (child = { next: new Map() }));
        node = child;
      }
      node.canonical = canonical;
    }
  }
  return top;
}

/** Replace every glossary phrase (longest match first) by its canonical form, a content word. */
export function foldGlossary<T extends { token: string; stop: boolean }>(tokens: T[]): Array<{ token: string; stop: boolean }> {
  const out: Array<{ token: string; stop: boolean }> = [];
  let i = 0;
  while (i < tokens.length) {
    let node: TrieNode | undefined = root;
    let matchEnd = -1;
    let canonical = '';
    for (let j = i; j < tokens.length && node; j++) {
      node = node.next.get(tokens[j].token);
      if (node?.canonical) {
        matchEnd = j + 1;
        canonical = node.canonical;
      }
    }
    if (matchEnd > 0) {
      out.push({ token: canonical, stop: false });
      i = matchEnd;
    } else {
      out.push({ token: tokens[i].token, stop: tokens[i].stop });
      i++;
    }
  }
  return out;
}
