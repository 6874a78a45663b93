// The quick-log sheet: /conference/new?students=a,b (one child, or a group), /week/log?students=… (the
// same, over the week: App's WeekAndSheet) and /conference/:id (edit). Loads, keeps the draft as she types, saves in one tap, then goes back.

import { useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import {
  authorOf,
  canEdit,
  deleteConference,
  discardDraft,
  discardRecording,
  finishRecording,
  logConference,
  updateConference,
} from '../../data/index.ts';
import { announce } from '../../state/notice.ts';
import { EmptyState, LoadError, Loading } from '../../ui/EmptyState.tsx';
import { CloseSheet } from '../../ui/underSheet.ts';
import { useLoad } from '../../ui/useLoad.ts';
import { CoachView } from './CoachView.tsx';
import type { ConferenceDraft } from './conferenceDraft.ts';
import { loadSheet, type SheetData, SheetNotFound } from './loadSheet.ts';
import { PhotoStrip } from './PhotoStrip.tsx';
import { Recorder } from './Recorder.tsx';
import { namesOf, SheetForm } from './SheetForm.tsx';
import { SheetClockContext, savedClock, useActiveTime } from './useActiveTime.ts';
import { useDraftAutosave } from './useDraft.ts';
import { useRecorder } from './useRecorder.ts';
import './conference.css';
import { failureWords } from '../../protocol/words.ts';

function goBack(route: (url: string) => void, closeSheet: (() => void) | null) {
  if (closeSheet) closeSheet();
  else if (window.history.length > 1) window.history.back();
  else route('/week');
}

function Sheet(props: { data: SheetData }) {
  const { data } = props;
  const { route } = useLocation();
  const closeSheet = useContext(CloseSheet);
  const [draft, setDraftState] = useState(data.draft);
  // What she typed last, kept at once (not at the next render): Save, from a button or from the
  // keyboard the instant after a keystroke, saves exactly this.
  const latest = useRef(data.draft);
  const setDraft = (next: ConferenceDraft) => {
    latest.current = next;
    setDraftState(next);
  };
  const saveNow = useRef<() => Promise<void>>(async () => undefined);
  const [dirty, setDirty] = useState(data.restored);
  const editClock = useMemo(() => savedClock(data.editing?.durationMs ?? null), [data.editing]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const recorder = useRecorder(data.draftKey, data.kept);
  // The time the sheet is in use, from what a restored draft had counted (never from when it was opened).
  const clock = useActiveTime(data.draft.activeMs ?? 0, recorder.state.kind === 'recording');
  const autosave = useDraftAutosave(data.draftKey, draft, dirty, clock.read);

  async function save() {
    setSaving(true);
    // What she typed is on disk before the save starts: if the app dies mid-save, it comes back as a draft.
    await autosave.flush();
    autosave.stop();
    const { startedAt: _startedAt, activeMs: _activeMs, photos = [], ...fields } = latest.current;
    try {
      // A recording in progress stops here; each of its parts becomes one file kept on the device, saved
      // with the note.
      const kept = await recorder.stop();
      // No recording on this sheet: nothing to join (one read fewer on the way back to the grid).
      const recordings =
        kept || recorder.state.kind === 'recording' ? await finishRecording(data.draftKey) : [];
      const attachments = [...recordings, ...photos];
      if (data.editing)
        await updateConference(data.editing.id, { ...fields, attachments, draftKey: data.draftKey });
      else {
        await logConference({
          ...fields,
          classId: data.classRow.id,
          studentIds: data.students.map((s) => s.id),
          // The time the sheet was in use (timer.ts): over 20 minutes, My conferring calls it not timed.
          durationMs: Math.round(clock.read()),
          draftKey: data.draftKey,
          attachments,
        });
      }
      setDirty(false);
      announce(
        `${data.editing ? 'Saved changes' : 'Saved'}: ${data.students.length > 1 ? 'group conference with' : 'conference with'} ${namesOf(data.students)}.`,
      );
      goBack(route, closeSheet);
    } catch (failure) {
      setError(`${failureWords(failure)} Your note is still here.`);
      setSaving(false);
      autosave.resume();
    }
  }

  saveNow.current = () => (saving ? Promise.resolve() : save());

  // The keyboard (an iPad with a keyboard case): Escape closes the sheet, keeping the draft; Cmd/Ctrl+Enter
  // saves.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // A photo shown full size takes its own Escape.
      if (event.defaultPrevented || (event.target instanceof Element && event.target.closest('dialog')))
        return;
      if (event.key === 'Escape') {
        event.preventDefault();
        void autosave.flush().then(() => goBack(route, closeSheet));
      } else if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
        event.preventDefault();
        void saveNow.current();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  async function remove() {
    if (!data.editing || !window.confirm('Delete this conference note? This cannot be undone here.')) return;
    autosave.stop();
    await recorder.stop();
    await deleteConference(data.editing.id);
    await discardDraft(data.draftKey);
    await discardRecording(data.draftKey);
    goBack(route, closeSheet);
  }

  return (
    <SheetClockContext.Provider value={data.editing ? editClock : clock}>
      {data.restored && (
        <p class="banner banner-info" role="status">
          {data.kept && !data.draft.research && !data.draft.note && !data.draft.teachingPoint
            ? 'Recording kept: your unsaved note is back, as you left it.'
            : 'Your unsaved note is back, as you left it.'}
        </p>
      )}
      {data.editing && authorOf(data.share, data.editing) && (
        <p class="muted sheet-author">Logged by {authorOf(data.share, data.editing)}</p>
      )}
      <SheetForm
        classRow={data.classRow}
        students={data.students}
        last={data.last}
        goals={data.goals}
        goalConferences={data.goalConferences}
        patterns={data.patterns}
        draft={draft}
        editing={!!data.editing}
        saving={saving}
        error={error}
        onChange={(next: ConferenceDraft) => {
          setDraft(next);
          setDirty(true);
          autosave.changed(next);
        }}
        onSave={() => void save()}
        onCancel={() => goBack(route, closeSheet)}
        onDelete={() => void remove()}
        recorder={
          <Recorder
            state={recorder.state}
            reading={recorder.reading}
            draftKey={data.draftKey}
            onStart={(mode) => void recorder.start(mode)}
            onStop={() => void recorder.stop()}
            onDiscard={() => void recorder.discard()}
          />
        }
        media={
          <PhotoStrip
            photos={draft.photos ?? []}
            saved={data.attachments}
            onChange={(photos) => {
              const next = { ...latest.current, photos };
              setDraft(next);
              setDirty(true);
              autosave.changed(next);
            }}
          />
        }
      />
    </SheetClockContext.Provider>
  );
}

export function ConferenceSheet(props: { params?: { id?: string } }) {
  const { query } = useLocation();
  const id = props.params?.id;
  const students = (query.students ?? '').split(',').filter(Boolean);
  const key = id ?? students.join(',');
  const prefill = { teachingPoint: query.point, goalIds: (query.goals ?? '').split(',').filter(Boolean) };
  const loaded = useLoad(
    () => loadSheet(id ? { conferenceId: id } : { studentIds: students }, prefill),
    [key],
  );
  if (loaded.status === 'loading') return <Loading what="the conference sheet" />;
  if (loaded.status === 'error') {
    if (loaded.error instanceof SheetNotFound) {
      return (
        <EmptyState title="Nothing to open">
          <p>
            {loaded.error.message} <a href="/week">Back to this week</a>
          </p>
        </EmptyState>
      );
    }
    return <LoadError error={loaded.error} />;
  }
  if (!canEdit(loaded.value.share, loaded.value.classRow.id)) return <CoachView data={loaded.value} />;
  return <Sheet key={key} data={loaded.value} />;
}
