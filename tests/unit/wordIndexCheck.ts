// Checks for Search's word index: what the middleware kept after any writes equals the index made from
// nothing out of the notes and names now stored, and the index's answer equals the plain scan's.
import { expect } from 'vitest';
import type { Store } from '../../src/data/index.ts';
import { type NoteFilters, noteTextOf, searchClassNotes } from '../../src/data/search.ts';
import { CLASS_CODES, type ClassCodes, indexedNote, namesFrom } from '../../src/data/wordIndex.ts';
import { buildNoteIndex, searchNotes } from '../../src/features/search/searchNotes.ts';

export async function expectIndexInStep(store: Store): Promise<void> {
  const notes = await store.db.conferences.toArray();
  const names = namesFrom(await store.db.students.toArray());
  const codes = ((await store.db.meta.get(CLASS_CODES))?.value ?? {}) as ClassCodes;
  // Each class its own code.
  expect(new Set(Object.values(codes)).size).toBe(Object.keys(codes).length);
  const rows = notes.map((c) => indexedNote(noteTextOf(c), names, codes[c.classId] as string));
  const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : 1);
  expect((await store.db.noteIndex.toArray()).sort(byKey)).toEqual(rows.sort(byKey));
}

/** The scan over every note of the class, as Search did before the index: the reference answer. */
export async function scanAnswer(store: Store, classId: string, filters: NoteFilters, limit = 200) {
  const notes = await store.db.conferences.where('classId').equals(classId).toArray();
  const students = await store.db.students.where('classId').equals(classId).toArray();
  const names = new Map(students.filter((s) => s.deleted === 0).map((s) => [s.id, s.name]));
  const { total, notes: found } = searchNotes(buildNoteIndex(notes), filters, names, limit);
  return { total, ids: found.map((n) => n.id) };
}

export async function indexAnswer(store: Store, classId: string, filters: NoteFilters, limit = 200) {
  const { total, notes } = await searchClassNotes(classId, filters, limit, store);
  return { total, ids: notes.map((n) => n.id) };
}
