// The words of a jotting or a pattern row as the suggestions compare them: folded (case and accents),
// shorthand spelled out, negations made one word, stemmed lightly. Pure; the same steps for both sides, so
// a stem only has to be consistent, not a dictionary word.
import { fold } from '../protocol/words.ts';

/** Teachers' shorthand on a clipboard, spelled out before the words are split. */
const SHORTHAND: [RegExp, string][] = [
  [/\bw\/o\b/g, ' without '],
  [/\bb\/c\b|\bbc\b|\bcuz\b|\bcos\b/g, ' because '],
  [/\bw\//g, ' with '],
  [/&/g, ' and '],
  // "!!!" in a note is the child's exclamation marks, not the teacher's surprise.
  [/!{2,}/g, ' exclamation '],
];

/** Every way to say no is one word, so "can’t think" and "doesn’t think" are the same phrase. */
const NEGATIONS = new Set([
  'no',
  'not',
  'never',
  'nor',
  'cant',
  'cannot',
  'dont',
  'doesnt',
  'didnt',
  'isnt',
  'wasnt',
  'arent',
  'werent',
  'wont',
  'wouldnt',
  'couldnt',
  'hasnt',
  'havent',
  'aint',
  'without',
  'lacks',
  'lacking',
]);

/**
 * Words that carry nothing in a jotting or a row, dropped before phrases are matched: "says she’s done"
 * and "I’m done" are the same phrase. Words a phrase needs ("and", "what", "about", "else", "out") stay
 * until after the phrases.
 */
const FILLER = new Set(
  'a an the i im ive id me my mine she shes her hers he hes him his they theyre them their it its itd this these those that thats there theres we were our us you your youre student students child kid kids'.split(
    ' ',
  ),
);

/** Dropped after the phrases: too common to tell rows apart, or the teacher's own reporting words. */
const STOP = new Set(
  `not and or but so then than to of in on at by for from with into onto up down out over under about as
  is are was be been being am do does did doing has have had having can could would should will shall
  may might must what who whom which when where why how if else also too very really just still even only_
  says say said saying tells told asks asked wants want wanted going gets get got go goes went make makes
  made lot lots bit some any all each every one ones two three thing things stuff something anything
  everything nothing way ways today yesterday again now here there while after before during because
  though although yet already ever around across through like today next other
  others another same such own much many more most less least well good great use uses using used
  piece pieces whole write writes writing wrote written`
    .split(/\s+/)
    .filter(Boolean),
);

/** Irregular forms and words the stemmer would confuse, mapped straight to a stem. */
const IRREGULAR: Record<string, string> = {
  wrote: 'write',
  written: 'write',
  writes: 'write',
  writing: 'write',
  writer: 'write',
  writers: 'write',
  told: 'tell',
  // "ands": the word "and", counted (seed 002: Editing for “ands.”), not the conjunction.
  ands: 'ands',
  thought: 'think',
  thoughts: 'think',
  thinking: 'think',
  felt: 'feel',
  feelings: 'feel',
  feeling: 'feel',
  ran: 'run',
  began: 'begin',
  begun: 'begin',
  beginning: 'begin',
  children: 'child',
  ideas: 'idea',
  stories: 'story',
  copies: 'copy',
};

const VOWEL = /[aeiouy]/;

/** A light English stemmer (plurals, -ed, -ing, -ly, -ation, -sion, a final e): "planned", "plans" and
 * "planning" meet at "plan". Short words are left alone. */
export function stem(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular !== undefined) return irregular === word ? word : stem(irregular);
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  let cut = false;
  if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ed') && !w.endsWith('eed')) {
    const base = w.slice(0, -2);
    if (base.length >= 3 && VOWEL.test(base)) {
      w = base;
      cut = true;
    } else if (base.length >= 2) w = w.slice(0, -1);
  } else if (w.endsWith('ing')) {
    const base = w.slice(0, -3);
    if (base.length >= 3 && VOWEL.test(base)) {
      w = base;
      cut = true;
    }
  }
  // "planned" → "plann" → "plan"; but "spell", "miss", "buzz" keep their pair.
  if (cut && /([^aeiouylsz])\1$/.test(w) && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('ly') && w.length >= 6) w = w.slice(0, -2);
  if (w.endsWith('ation') && w.length >= 8) w = w.slice(0, -3);
  else if (w.endsWith('sion') && w.length >= 7) w = w.slice(0, -3);
  if (w.endsWith('e') && !w.endsWith('ee') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** The words of a text, in order: folded, shorthand spelled out, apostrophes closed up ("can’t" →
 * "cant"), negations as "not", filler dropped, each stemmed. */
export function wordsOf(text: string): string[] {
  let t = fold(text).replace(/[’‘'`ʼ]/g, '');
  for (const [pattern, replacement] of SHORTHAND) t = t.replace(pattern, replacement);
  const words: string[] = [];
  for (const raw of t.match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (FILLER.has(raw)) continue;
    words.push(NEGATIONS.has(raw) ? 'not' : stem(raw));
  }
  return words;
}

/** A stem that tells rows apart (not a stop word, not a number alone). */
export function isMeaningful(stemmed: string): boolean {
  return stemmed.length > 1 && !STOP_STEMS.has(stemmed) && !/^\d+$/.test(stemmed);
}

/** The stop words stemmed once, as the words they are compared with. */
const STOP_STEMS = new Set([...STOP].map((w) => (NEGATIONS.has(w) ? 'not' : stem(w))));
