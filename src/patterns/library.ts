// The pattern library of a grade band: the built-in rows of seed 002 with the teacher's edits applied,
// her own rows after them, hidden ones apart; and a search across all three columns. Pure.
import { byCodeUnit, type GradeBand, type PatternRecord } from '../data/index.ts';
import { fold } from '../protocol/words.ts';
import { GRADES_3_8_PATTERNS } from './grades3to8.ts';
import { K2_PATTERNS } from './k2.ts';
import { OWN_TOPIC, type Pattern } from './types.ts';

export type { Pattern } from './types.ts';

export function builtInPatterns(band: GradeBand): Pattern[] {
  return band === 'K-2' ? K2_PATTERNS : GRADES_3_8_PATTERNS;
}

export interface Library {
  visible: (Pattern & { own: boolean; edited: boolean })[];
  hidden: (Pattern & { own: boolean; edited: boolean })[];
}

export function libraryFor(band: GradeBand, records: readonly PatternRecord[]): Library {
  const byId = new Map(records.filter((r) => r.band === band && r.deleted === 0).map((r) => [r.id, r]));
  const builtIns = builtInPatterns(band);
  const builtInIds = new Set(builtIns.map((p) => p.id));
  const all = [
    ...builtIns.map((p) => {
      const edit = byId.get(p.id);
      const row = edit ? { ...p, see: edit.see, goal: edit.goal, teachingPoints: edit.teachingPoints } : p;
      const edited =
        !!edit && (edit.see !== p.see || edit.goal !== p.goal || edit.teachingPoints !== p.teachingPoints);
      return { ...row, own: false, edited, hidden: edit?.hidden === 1 };
    }),
    ...records
      .filter((r) => r.band === band && r.deleted === 0 && !builtInIds.has(r.id))
      .sort((a, b) => byCodeUnit(a.id, b.id))
      .map((r) => ({
        id: r.id,
        band,
        see: r.see,
        goal: r.goal,
        teachingPoints: r.teachingPoints,
        topic: OWN_TOPIC,
        own: true,
        edited: false,
        hidden: r.hidden === 1,
      })),
  ];
  const strip = ({ hidden: _hidden, ...rest }: (typeof all)[number]) => rest;
  return { visible: all.filter((p) => !p.hidden).map(strip), hidden: all.filter((p) => p.hidden).map(strip) };
}

/** As note search folds text, and quotes ignored too (the seed's rows quote the child's words). */
function foldPattern(text: string): string {
  return fold(text).replace(/[“”"‘’']/g, '');
}

/** Every word of the query must appear somewhere in the row or its heading ("Conventions" finds them all). */
export function searchPatterns<T extends Pattern>(patterns: readonly T[], query: string): T[] {
  const words = foldPattern(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...patterns];
  return patterns.filter((p) => {
    const haystack = foldPattern(`${p.topic} ${p.see} ${p.goal} ${p.teachingPoints}`);
    return words.every((w) => haystack.includes(w));
  });
}

/** Rows under their headings, in the table's order (the first row of a heading places it). */
export function byTopic<T extends Pattern>(patterns: readonly T[]): { topic: string; patterns: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const p of patterns) {
    const group = groups.get(p.topic);
    if (group) group.push(p);
    else groups.set(p.topic, [p]);
  }
  return [...groups].map(([topic, rows]) => ({ topic, patterns: rows }));
}
