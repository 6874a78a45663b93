// Stored records for pure-logic tests, complete and valid; a test states only what matters to it.
import { type ConferenceRecord, EMPTY_CONFERENCE, type StudentRecord } from '../../src/data/index.ts';

export function aStudent(id: string, over: Partial<StudentRecord> = {}): StudentRecord {
  return { id, name: id, classId: 'c', archived: 0, position: 0, deleted: 0, _clock: {}, ...over };
}

export function aConference(
  id: string,
  studentIds: string[],
  at: string,
  over: Partial<ConferenceRecord> = {},
): ConferenceRecord {
  return { ...EMPTY_CONFERENCE, id, classId: 'c', studentIds, at, deleted: 0, _clock: {}, ...over };
}
