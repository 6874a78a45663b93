// Search's door into the data layer: its word index queries and the notes' rows it reads, loaded with the
// Search screen rather than with the app shell (data/index.ts is every other screen's door).
export * from './noteQuery.ts';
export { type NoteTextRow, noteTextOf } from './noteText.ts';
export * from './searchAnswer.ts';
export * from './searchRows.ts';
