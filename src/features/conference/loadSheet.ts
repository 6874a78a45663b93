// Everything the quick-log sheet needs, read in one go from the data layer.

import {
  type AttachmentRecord,
  activeGoalsOf,
  attachmentsOf,
  type ClassRecord,
  type ConferenceRecord,
  conferenceCountsByGoal,
  draftKeyFor,
  type GoalRecord,
  getClass,
  getConference,
  getStudent,
  type KeptRecording,
  keptRecording,
  latestConferences,
  loadDraft,
  patternRecords,
  type ShareState,
  type StudentRecord,
  shareState,
} from '../../data/index.ts';
import { libraryFor, type Pattern } from '../../patterns/library.ts';
import { type ConferenceDraft, draftOf, emptyDraft, restoredActiveMs } from './conferenceDraft.ts';

export interface SheetData {
  classRow: ClassRecord;
  /** Whether the class is shared, and her part in it (a coach only reads the sheet). */
  share: ShareState;
  students: StudentRecord[];
  editing: ConferenceRecord | null;
  last: ConferenceRecord | null;
  goals: GoalRecord[];
  patterns: Pattern[];
  draftKey: string;
  draft: ConferenceDraft;
  /** True when the sheet reopened an unsaved note. */
  restored: boolean;
  /** A recording kept for this unsaved note (the app was closed while it recorded, or before Save). */
  kept: KeptRecording | null;
  /** The recordings and photos already saved with the conference being edited. */
  attachments: AttachmentRecord[];
  /** For each of the students' goals, how many conferences were on it before this one. */
  goalConferences: Record<string, number>;
}

export class SheetNotFound extends Error {}

/** What a new note may start with: a small-group session from the Goals tab brings its teaching point. */
export interface SheetPrefill {
  teachingPoint?: string;
  goalIds?: string[];
}

export async function loadSheet(
  target: { conferenceId: string } | { studentIds: string[] },
  prefill: SheetPrefill = {},
): Promise<SheetData> {
  const editing = 'conferenceId' in target ? ((await getConference(target.conferenceId)) ?? null) : null;
  if ('conferenceId' in target && !editing) throw new SheetNotFound('This conference was deleted.');
  const studentIds = editing ? editing.studentIds : 'studentIds' in target ? target.studentIds : [];
  const draftKey = draftKeyFor(editing ? { conferenceId: editing.id } : { studentIds });
  // Independent reads run together: the sheet must be up while she is still sitting down.
  const [found, saved, goals, kept, attachments] = await Promise.all([
    Promise.all(studentIds.map((id) => getStudent(id))),
    loadDraft(draftKey),
    Promise.all(studentIds.map((id) => activeGoalsOf(id))).then((all) => all.flat()),
    keptRecording(draftKey),
    editing ? attachmentsOf(editing.id) : Promise.resolve([]),
  ]);
  const students = found.filter((s): s is StudentRecord => !!s);
  if (students.length === 0) throw new SheetNotFound('That student is not in your roster any more.');
  const classId = editing?.classId ?? (students[0] as StudentRecord).classId;
  const [classRow, latest, share] = await Promise.all([
    getClass(classId),
    // "Last time we talked about…" is for one child; a group has no single last time.
    students.length === 1 && !editing
      ? latestConferences(classId, [(students[0] as StudentRecord).id])
      : Promise.resolve(new Map<string, ConferenceRecord>()),
    shareState(),
  ]);
  if (!classRow) throw new SheetNotFound('That class was removed.');
  const [records, goalConferences] = await Promise.all([
    patternRecords(classRow.gradeBand),
    conferenceCountsByGoal(
      goals.map((g) => g.id),
      editing?.id ?? null,
    ),
  ]);
  const fresh = {
    ...emptyDraft(),
    teachingPoint: prefill.teachingPoint ?? '',
    goalIds: (prefill.goalIds ?? []).filter((id) => goals.some((g) => g.id === id)),
  };
  // A draft kept by an older version lacks the fields added since: they start empty.
  const savedDraft = saved?.value as ConferenceDraft | undefined;
  const opened = savedDraft ? { ...emptyDraft(), ...savedDraft } : editing ? draftOf(editing) : fresh;
  // The timer resumes from the time the sheet was in use (a recording kept alone: its length), never
  // from when the sheet was first opened.
  const activeMs = Math.max(
    savedDraft ? restoredActiveMs(savedDraft, saved?.savedAt) : 0,
    kept?.durationMs ?? 0,
  );
  const draft = { ...opened, activeMs };
  return {
    classRow,
    students,
    editing,
    share,
    last: latest.get((students[0] as StudentRecord).id) ?? null,
    goals,
    patterns: libraryFor(classRow.gradeBand, records).visible,
    draftKey,
    draft,
    restored: !!saved || !!kept,
    kept,
    attachments,
    goalConferences,
  };
}
