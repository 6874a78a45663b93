// From what she sees to what to teach: the pattern rows of the class's grade band that best fit what she
// jotted in the research field, in her own words. On the device, pure, fast enough for every keystroke:
// the rows are indexed once per band (and again only when her own patterns change).
import type { GradeBand } from '../data/index.ts';
import { CLASSROOM_WORDS, LEANS_ON, TOGETHER } from './suggestSynonyms.ts';
import { isMeaningful, wordsOf } from './suggestWords.ts';
import type { Pattern } from './types.ts';

/** "If I see this" says most about a row, its goal next, its teaching points least. */
const COLUMN_WEIGHT = { see: 3, goal: 2, teachingPoints: 1 } as const;
type Column = keyof typeof COLUMN_WEIGHT;
const COLUMNS = Object.keys(COLUMN_WEIGHT) as Column[];
/** A meaning found only through another it leans on counts this much. */
const LEAN_WEIGHT = 0.35;
/** Two words side by side in both (a bigram) add this much of their weight again. */
const BIGRAM_WEIGHT = 0.5;
/** Inside a phrase, a jotting may have this many stop words more than the phrase ("no more ideas"). */
const PHRASE_GAPS = 1;

// The synonym map as phrases of stemmed words, by their first word, longest first.
interface Phrase {
  words: string[];
  meanings: string[];
}
let phrasesByFirst: Map<string, Phrase[]> | null = null;

function phrases(): Map<string, Phrase[]> {
  if (phrasesByFirst) return phrasesByFirst;
  const byKey = new Map<string, Phrase>();
  for (const [meaning, members] of Object.entries(CLASSROOM_WORDS)) {
    for (const member of members) {
      const words = wordsOf(member);
      if (words.length === 0) throw new Error(`“${member}” (${meaning}) has no words left to match.`);
      const key = words.join(' ');
      const known = byKey.get(key);
      // One phrase may mean two things ("quotes": dialogue, or a nonfiction writer's facts).
      if (!known) byKey.set(key, { words, meanings: [meaning] });
      else if (!known.meanings.includes(meaning)) known.meanings.push(meaning);
    }
  }
  const byFirst = new Map<string, Phrase[]>();
  for (const phrase of byKey.values()) {
    const first = phrase.words[0] as string;
    byFirst.set(first, [...(byFirst.get(first) ?? []), phrase]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  phrasesByFirst = byFirst;
  return byFirst;
}

/** How many of the text's words, from `start`, the phrase covers; 0 if it is not there. */
function matchAt(words: readonly string[], start: number, phrase: Phrase): number {
  let at = start;
  let gaps = 0;
  for (let i = 0; i < phrase.words.length; i++) {
    while (at < words.length && words[at] !== phrase.words[i]) {
      // Only stop words may sit inside a phrase, and never before its first word.
      if (i === 0 || gaps >= PHRASE_GAPS || isMeaningful(words[at] as string)) return 0;
      gaps++;
      at++;
    }
    if (at >= words.length) return 0;
    at++;
  }
  return at - start;
}

/** What a text says, as the terms the suggestions compare: its meanings ("#done") and other words. */
export interface Terms {
  /** Each term once, in the order met. */
  terms: string[];
  /** Side by side pairs of terms, "a b". */
  pairs: string[];
  /** Words that carry meaning (a phrase's words count). */
  meaningful: number;
  /** Meanings of the synonym map found. */
  meanings: number;
  /** All the words, filler too. */
  words: number;
}

export function termsOf(text: string): Terms {
  const words = wordsOf(text);
  const byFirst = phrases();
  const sequence: string[] = [];
  let meaningful = 0;
  let meanings = 0;
  for (let i = 0; i < words.length; ) {
    const word = words[i] as string;
    let covered = 0;
    for (const phrase of byFirst.get(word) ?? []) {
      covered = matchAt(words, i, phrase);
      if (covered > 0) {
        for (const meaning of phrase.meanings) sequence.push(`#${meaning}`);
        meanings++;
        meaningful += phrase.words.filter(isMeaningful).length || 1;
        break;
      }
    }
    if (covered > 0) i += covered;
    else {
      if (isMeaningful(word)) {
        sequence.push(word);
        meaningful++;
      }
      i++;
    }
  }
  const pairs: string[] = [];
  for (let i = 1; i < sequence.length; i++) pairs.push(`${sequence[i - 1]} ${sequence[i]}`);
  return {
    terms: [...new Set(sequence)],
    pairs: [...new Set(pairs)],
    meaningful,
    meanings,
    words: (text.match(/[\p{L}\p{N}]+/gu) ?? []).length,
  };
}

interface IndexedRow<T extends Pattern> {
  pattern: T;
  /** Term → the summed weight of the columns that hold it. */
  weights: Map<string, number>;
}

export interface SuggestionIndex<T extends Pattern> {
  rows: IndexedRow<T>[];
  /** Inverse document frequency: a term few rows hold tells more. */
  idf: Map<string, number>;
}

export function buildIndex<T extends Pattern>(patterns: readonly T[]): SuggestionIndex<T> {
  const rows = patterns.map((pattern) => {
    const weights = new Map<string, number>();
    for (const column of COLUMNS) {
      const { terms, pairs } = termsOf(pattern[column]);
      for (const term of [...terms, ...pairs])
        weights.set(term, (weights.get(term) ?? 0) + COLUMN_WEIGHT[column]);
    }
    return { pattern, weights };
  });
  const counts = new Map<string, number>();
  for (const row of rows)
    for (const term of row.weights.keys()) counts.set(term, (counts.get(term) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [term, count] of counts) idf.set(term, Math.log(1 + rows.length / count));
  return { rows, idf };
}

// One index per band, kept while the rows are the same (her own patterns and edits change them).
const cache = new Map<
  GradeBand,
  { patterns: readonly Pattern[]; key: string; index: SuggestionIndex<Pattern> }
>();

function keyOf(patterns: readonly Pattern[]): string {
  return patterns.map((p) => `${p.id}\u0001${p.see}\u0001${p.goal}\u0001${p.teachingPoints}`).join('\u0002');
}

export function indexFor<T extends Pattern>(band: GradeBand, patterns: readonly T[]): SuggestionIndex<T> {
  const cached = cache.get(band);
  if (cached && cached.patterns === patterns) return cached.index as SuggestionIndex<T>;
  const key = keyOf(patterns);
  if (cached && cached.key === key) {
    cached.patterns = patterns;
    return cached.index as SuggestionIndex<T>;
  }
  const index = buildIndex(patterns);
  cache.set(band, { patterns, key, index });
  return index;
}

export interface Suggestion<T extends Pattern> {
  pattern: T;
  score: number;
}

/** Whether the jotting says enough to suggest from: a couple of meaningful words, or a phrase the
 * synonym map knows and another word. */
export function saysEnough(terms: Terms): boolean {
  return terms.words >= 2 && (terms.meaningful >= 2 || terms.meanings >= 1);
}

/** The rows that best fit the jotting, best first (ties in the table's order); none for too few words. */
export function suggestPatterns<T extends Pattern>(
  band: GradeBand,
  patterns: readonly T[],
  jotting: string,
  count = 3,
): Suggestion<T>[] {
  const terms = termsOf(jotting);
  if (!saysEnough(terms)) return [];
  const index = indexFor(band, patterns);
  const wanted = new Map<string, number>();
  for (const term of terms.terms) wanted.set(term, 1);
  for (const [a, b, both] of TOGETHER)
    if (wanted.has(`#${a}`) && wanted.has(`#${b}`)) wanted.set(`#${both}`, 1);
  for (const term of terms.terms) {
    if (!term.startsWith('#')) continue;
    for (const leaned of LEANS_ON[term.slice(1)] ?? []) {
      if (!wanted.has(`#${leaned}`)) wanted.set(`#${leaned}`, LEAN_WEIGHT);
    }
  }
  for (const pair of terms.pairs) wanted.set(pair, BIGRAM_WEIGHT);
  const scored: Suggestion<T>[] = [];
  for (const row of index.rows) {
    let score = 0;
    for (const [term, weight] of wanted) {
      const inRow = row.weights.get(term);
      if (inRow) score += weight * inRow * (index.idf.get(term) ?? 0);
    }
    if (score > 0) scored.push({ pattern: row.pattern, score });
  }
  // A stable sort keeps the table's order among equals.
  return scored.sort((a, b) => b.score - a.score).slice(0, count);
}
