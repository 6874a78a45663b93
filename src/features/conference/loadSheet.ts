// Everything the quick-log sheet needs, read in one go from the data layer.
import {
  activeGoalsOf,
  type ClassRecord,
  type ConferenceRecord,
  conferencesOf,
  type GoalRecord,
  getClass,
  getConference,
  getStudent,
  loadDraft,
  patternRecords,
  type StudentRecord,
} from '../../data/index.ts';
import { libraryFor, type Pattern } from '../patterns/library.ts';
import { type ConferenceDraft, draftKeyFor, draftOf, emptyDraft } from './conferenceDraft.ts';

export interface SheetData {
  classRow: ClassRecord;
  students: StudentRecord[];
  editing: ConferenceRecord | null;
  last: ConferenceRecord | null;
  goals: GoalRecord[];
  patterns: Pattern[];
  draftKey: string;
  draft: ConferenceDraft;
  /** True when the sheet reopened an unsaved note. */
  restored: boolean;
}

export class SheetNotFound extends Error {}

export async function loadSheet(
  target: { conferenceId: string } | { studentIds: string[] },
): Promise<SheetData> {
  const editing = 'conferenceId' in target ? ((await getConference(target.conferenceId)) ?? null) : null;
  if ('conferenceId' in target && !editing) throw new SheetNotFound('This conference was deleted.');
  const studentIds = editing ? editing.studentIds : 'studentIds' in target ? target.studentIds : [];
  const students = (await Promise.all(studentIds.map((id) => getStudent(id)))).filter(
    (s): s is StudentRecord => !!s,
  );
  if (students.length === 0) throw new SheetNotFound('That student is not in your roster any more.');
  const classRow = await getClass(editing?.classId ?? (students[0] as StudentRecord).classId);
  if (!classRow) throw new SheetNotFound('That class was removed.');
  const [history, goals, records] = await Promise.all([
    students.length === 1 ? conferencesOf((students[0] as StudentRecord).id) : Promise.resolve([]),
    Promise.all(students.map((s) => activeGoalsOf(s.id))).then((all) => all.flat()),
    patternRecords(classRow.gradeBand),
  ]);
  const draftKey = draftKeyFor(editing ? { conferenceId: editing.id } : { studentIds });
  const saved = await loadDraft(draftKey);
  const draft = (saved?.value as ConferenceDraft | undefined) ?? (editing ? draftOf(editing) : emptyDraft());
  return {
    classRow,
    students,
    editing,
    last: history.find((c) => c.id !== editing?.id) ?? null,
    goals,
    patterns: libraryFor(classRow.gradeBand, records).visible,
    draftKey,
    draft,
    restored: !!saved,
  };
}
