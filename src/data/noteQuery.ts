// What a search asks of a note, as one check: the filters (student, goal, type, lens, her local days)
// and the words, each of which must begin a word of the note or of one of its students' names. The scan
// (features/search/searchNotes.ts) and the word index's answers (searchRows.ts) both check notes with
// it, so the two can only differ in which notes they look at. Pure.
import { parseISO } from 'date-fns';
import { searchWords } from '../protocol/words.ts';
import type { NoteTextRow } from './noteText.ts';
import type { ConferenceType, Lens } from './records.ts';

export interface NoteFilters {
  studentId?: string;
  goalId?: string;
  type?: ConferenceType;
  lens?: Lens;
  /** yyyy-MM-dd, local days, inclusive */
  from?: string;
  to?: string;
  text?: string;
}

export interface NoteQuery {
  /** Folded; each must begin a word of the note or of a name of its students. */
  words: string[];
  studentId?: string;
  goalId?: string;
  type?: ConferenceType;
  lens?: Lens;
  /** ISO instants: from her first local day's start, to the start of the day after her last. */
  from?: string;
  to?: string;
}

export function noteQueryOf(filters: NoteFilters): NoteQuery {
  return {
    words: searchWords(filters.text ?? ''),
    studentId: filters.studentId || undefined,
    goalId: filters.goalId || undefined,
    type: filters.type || undefined,
    lens: filters.lens || undefined,
    from: filters.from ? parseISO(filters.from).toISOString() : undefined,
    to: filters.to ? new Date(parseISO(filters.to).getTime() + 86_400_000).toISOString() : undefined,
  };
}

/** Does anything narrow the notes? (Words typed as punctuation alone do not.) */
export function narrows(query: NoteQuery): boolean {
  const { words, ...filters } = query;
  return words.length > 0 || Object.values(filters).some((v) => v !== undefined);
}

/** Does a word of `words` (words between single spaces) begin with `prefix` (one word)? */
export function beginsAWord(words: string, prefix: string): boolean {
  return words.startsWith(prefix) || words.includes(` ${prefix}`);
}

/** The check for one query, given the class's students' names (id -> name as written). */
export function noteMatcher(
  query: NoteQuery,
  names: ReadonlyMap<string, string>,
): (note: NoteTextRow) => boolean {
  const nameWords = new Map([...names].map(([id, name]) => [id, searchWords(name)]));
  const inName = (id: string, word: string) => nameWords.get(id)?.some((w) => w.startsWith(word)) ?? false;
  return (c) => {
    if (c.deleted !== 0) return false;
    if (query.studentId && !c.studentIds.includes(query.studentId)) return false;
    if (query.goalId && !c.goalIds.includes(query.goalId)) return false;
    if (query.type && c.type !== query.type) return false;
    if (query.lens && !c.lenses.includes(query.lens)) return false;
    if (query.from && c.at < query.from) return false;
    if (query.to && c.at >= query.to) return false;
    return query.words.every((w) => beginsAWord(c.words, w) || c.studentIds.some((id) => inName(id, w)));
  };
}
