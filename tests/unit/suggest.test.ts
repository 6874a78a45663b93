// From what she jots to the pattern rows that fit: her words folded and stemmed, the classroom synonyms,
// nothing for too few words, her own patterns among the table's. Pure functions, and the real data layer
// over fake-indexeddb for her own rows.
import { describe, expect, it } from 'vitest';
import {
  addPattern,
  type GradeBand,
  patternRecords,
  savePattern,
  setPatternHidden,
} from '../../src/data/index.ts';
import { builtInPatterns, libraryFor } from '../../src/patterns/library.ts';
import { indexFor, suggestPatterns, termsOf } from '../../src/patterns/suggest.ts';
import { CLASSROOM_WORDS } from '../../src/patterns/suggestSynonyms.ts';
import { stem, wordsOf } from '../../src/patterns/suggestWords.ts';
import { GRADES_3_8_JOTTINGS, type Jotting, K2_JOTTINGS } from '../fixtures/jottings.ts';
import { freshStore } from './helpers.ts';

function shown(band: GradeBand, jotting: string): string[] {
  return suggestPatterns(band, builtInPatterns(band), jotting).map((s) => s.pattern.id);
}

describe('her words, as the suggestions read them', () => {
  it('folds case and accents and closes up apostrophes, straight or curly', () => {
    expect(wordsOf('SAYS SHE’S FINÍSHED')).toEqual(wordsOf("says she's finished"));
    expect(wordsOf('Can’t think')).toEqual(wordsOf("doesn't think"));
    expect(wordsOf('started w/o a plan')).toEqual(wordsOf('started without a plan'));
  });

  it('stems plurals and tenses to one word', () => {
    expect(new Set(['plan', 'plans', 'planned', 'planning'].map(stem))).toEqual(new Set(['plan']));
    expect(stem('punctuation')).toBe(stem('punctuate'));
    expect(stem('stories')).toBe(stem('story'));
    expect(stem('revision')).toBe(stem('revise'));
    expect(stem('details')).toBe(stem('detail'));
    // Short words keep their letters: "add" is not "ad".
    expect(stem('added')).toBe('add');
  });

  it('leaves every phrase of the synonym map some words to match', () => {
    for (const [meaning, members] of Object.entries(CLASSROOM_WORDS))
      for (const member of members)
        expect(wordsOf(member).length, `${meaning}: ${member}`).toBeGreaterThan(0);
  });

  it('reads a phrase as one meaning, the longest first', () => {
    expect(termsOf('says nothing else to write').terms).toEqual(['#done']);
    // "jumps into" is rushing into a draft; "jumps" alone is moving abruptly.
    expect(termsOf('jumps into drafting').terms).toContain('#rushIn');
    expect(termsOf('jumps from the bus to the beach').terms).toContain('#abrupt');
    expect(termsOf('jumps from the bus to the beach').terms).not.toContain('#rushIn');
  });
});

describe('suggesting rows from a jotting', () => {
  it('brings the row a teacher would choose into the three shown', () => {
    const cases: [GradeBand, string, string][] = [
      ['K-2', 'says she’s finished', 'k2-19'],
      ['K-2', 'no periods anywhere', 'k2-11'],
      ['3-8', 'jumps from the bus to the beach', 'g38-05'],
      ['K-2', 'asks me how to spell every word', 'k2-18'],
      ['3-8', 'can’t come up with a topic for the personal narrative', 'g38-14'],
      ['3-8', 'narrative is all dialogue, no action or thinking', 'g38-06'],
      ['K-2', 'and then and then and then', 'k2-12'],
      ['3-8', 'only shares with the teacher', 'g38-26'],
    ];
    for (const [band, jotting, row] of cases) {
      const ids = shown(band, jotting);
      expect(ids.length, jotting).toBeLessThanOrEqual(3);
      expect(ids, jotting).toContain(row);
    }
    // The clearest ones come first.
    expect(shown('K-2', 'says she’s finished')[0]).toBe('k2-19');
    expect(shown('3-8', 'no periods anywhere')[0]).toBe('g38-11');
  });

  it('suggests nothing for a stop word, a single word, or words no row knows', () => {
    for (const jotting of ['', 'the', 'she is', 'finished', 'periods', 'zebra giraffe', '   '])
      expect(shown('K-2', jotting), jotting).toEqual([]);
  });

  it('reads capitals, accents and curly or straight apostrophes alike', () => {
    const plain = shown('3-8', "doesn't know what to write about");
    expect(plain).toContain('g38-14');
    expect(shown('3-8', 'DOESN’T KNOW WHAT TO WRÍTE ABOUT')).toEqual(plain);
  });

  it('suggests her own pattern, uses her wording of a built-in row, and never a hidden one', async () => {
    const store = freshStore();
    const own = await addPattern(
      '3-8',
      {
        see: 'The whole story is characters talking, no narration between the lines',
        goal: 'Balance dialogue with action',
        teachingPoints: 'Act the scene out; write what the bodies do between lines',
      },
      store,
    );
    const boring = builtInPatterns('3-8').find((p) => p.id === 'g38-23');
    if (!boring) throw new Error('The 3-8 table lost its "boring" row.');
    await setPatternHidden(boring.id, '3-8', true, boring, store);
    const ending = builtInPatterns('3-8').find((p) => p.id === 'g38-11');
    if (!ending) throw new Error('The 3-8 table lost its endmarks row.');
    await savePattern(
      ending.id,
      '3-8',
      { ...ending, see: 'The student forgets to put a stop where a sentence ends' },
      store,
    );
    const library = libraryFor('3-8', await patternRecords('3-8', store)).visible;

    const talking = suggestPatterns('3-8', library, 'all the characters do is talk, no narration');
    expect(talking[0]?.pattern.id).toBe(own.id);
    expect(talking[0]?.pattern.goal).toBe('Balance dialogue with action');
    expect(suggestPatterns('3-8', library, 'says writing is boring').map((s) => s.pattern.id)).not.toContain(
      'g38-23',
    );
    const stops = suggestPatterns('3-8', library, 'forgets the stop at the end of a sentence');
    expect(stops[0]?.pattern.see).toBe('The student forgets to put a stop where a sentence ends');
  });

  it('keeps one index per band while the rows stay the same, and rebuilds it when they change', () => {
    const rows = builtInPatterns('K-2');
    const first = indexFor('K-2', rows);
    expect(indexFor('K-2', rows)).toBe(first);
    // The same rows in a new list (the library re-read): the index stays.
    expect(indexFor('K-2', [...rows])).toBe(first);
    const withOwn = [
      ...rows,
      { ...(rows[0] as (typeof rows)[number]), id: 'own-1', see: 'Writes in mirror letters' },
    ];
    const rebuilt = indexFor('K-2', withOwn);
    expect(rebuilt).not.toBe(first);
    expect(rebuilt.rows.map((r) => r.pattern.id)).toContain('own-1');
    expect(indexFor('3-8', builtInPatterns('3-8'))).not.toBe(rebuilt);
  });
});

describe('teachers’ jottings', () => {
  const bands: [GradeBand, Jotting[]][] = [
    ['K-2', K2_JOTTINGS],
    ['3-8', GRADES_3_8_JOTTINGS],
  ];

  it('has at least 40 for each band, each labelled with rows of its band', () => {
    for (const [band, jottings] of bands) {
      expect(jottings.length).toBeGreaterThanOrEqual(40);
      const ids = new Set(builtInPatterns(band).map((p) => p.id));
      for (const j of jottings) {
        expect(j.band).toBe(band);
        for (const row of j.rows) expect(ids.has(row), `${j.text}: ${row}`).toBe(true);
      }
    }
  });

  it('finds a row the teacher would choose among the three shown for at least 85% of each band', () => {
    for (const [band, jottings] of bands) {
      const hits = jottings.filter((j) => shown(band, j.text).some((id) => j.rows.includes(id))).length;
      expect(hits / jottings.length, band).toBeGreaterThanOrEqual(0.85);
    }
  });
});
