// The sheet's timer counts the time the sheet is in use, not the time since it was first opened: idle
// for two minutes, hidden, or closed, it stands still; a draft restored later (a week later) resumes from
// the time it had counted. Over 20 minutes a conference counts as not timed.
import { describe, expect, it } from 'vitest';
import {
  type ActiveTime,
  advance,
  formatElapsed,
  IDLE_AFTER_MS,
  isTimed,
  NOT_TIMED_OVER_MS,
  openClock,
  recording,
  seen,
  standsStill,
  timerPhase,
  touched,
} from '../../src/data/conferenceTime.ts';
import { addStudents, appStore, createClass, draftKeyFor } from '../../src/data/index.ts';
import { emptyDraft, isBlank, restoredActiveMs } from '../../src/features/conference/conferenceDraft.ts';
import { loadSheet } from '../../src/features/conference/loadSheet.ts';

const MIN = 60_000;
/** Monday 23 November 2026, 9:00 local. */
const T0 = new Date(2026, 10, 23, 9, 0).getTime();
const at = (minutes: number) => T0 + minutes * MIN;
const read = (clock: ActiveTime, now: number) => advance(clock, now).activeMs;

describe('the sheet’s clock of time in use', () => {
  it('runs while she uses the sheet', () => {
    let clock = openClock(0, at(0));
    for (let m = 1; m <= 6; m += 1) clock = touched(clock, at(m));
    expect(read(clock, at(6.5))).toBe(6.5 * MIN);
    expect(formatElapsed(read(clock, at(6.5)))).toBe('6:30');
    expect(timerPhase(read(clock, at(6.5)))).toBe('on-target');
  });

  it('stands still two minutes after the last touch on an idle sheet, and goes on at the next', () => {
    let clock = touched(openClock(0, at(0)), at(1));
    // Left open on the table for an hour.
    expect(read(clock, at(61))).toBe(1 * MIN + IDLE_AFTER_MS);
    expect(standsStill(clock, at(61))).toBe(true);
    expect(standsStill(clock, at(2.5))).toBe(false);
    clock = touched(advance(clock, at(61)), at(61));
    expect(standsStill(clock, at(61))).toBe(false);
    expect(read(clock, at(62))).toBe(4 * MIN);
    // Read often or seldom, the same time.
    let often = openClock(0, at(0));
    for (let s = 0; s <= 600; s += 1) often = advance(often, at(s / 60));
    expect(often.activeMs).toBe(read(openClock(0, at(0)), at(10)));
  });

  it('stands still while the app is in the background, and not after it comes back until she touches it', () => {
    let clock = openClock(0, at(0));
    for (const m of [1, 2, 3]) clock = touched(clock, at(m));
    clock = seen(clock, false, at(3.5));
    expect(read(clock, at(30))).toBe(3.5 * MIN);
    clock = seen(clock, true, at(30));
    // Back on screen: the two minutes after her last touch (long past) are over.
    expect(read(clock, at(31))).toBe(3.5 * MIN);
    clock = touched(clock, at(31));
    expect(read(clock, at(32))).toBe(4.5 * MIN);
    // Hidden for a moment within the two minutes: only the hidden time is left out.
    let brief = touched(openClock(0, at(0)), at(0));
    brief = seen(brief, false, at(0.5));
    brief = seen(brief, true, at(1));
    expect(read(brief, at(1.5))).toBe(1 * MIN);
    // A sheet opened while hidden counts nothing until it is seen.
    expect(read(openClock(0, at(0), false), at(5))).toBe(0);
  });

  it('runs without a touch while it records: she is listening to the child', () => {
    let clock = recording(openClock(0, at(0)), true, at(0));
    expect(read(clock, at(6))).toBe(6 * MIN);
    expect(standsStill(clock, at(6))).toBe(false);
    clock = recording(advance(clock, at(6)), false, at(6));
    expect(read(clock, at(20))).toBe(8 * MIN);
  });

  it('adds nothing when the device’s clock turns back', () => {
    let clock = touched(openClock(2 * MIN, at(10)), at(10));
    clock = advance(clock, at(5));
    expect(read(clock, at(6))).toBe(3 * MIN);
  });

  it('calls a conference over 20 minutes not timed', () => {
    expect(NOT_TIMED_OVER_MS).toBe(20 * MIN);
    expect(isTimed(20 * MIN)).toBe(true);
    expect(isTimed(20 * MIN + 1)).toBe(false);
    expect(isTimed(0)).toBe(false);
    expect(isTimed(null)).toBe(false);
    expect(isTimed(6 * MIN)).toBe(true);
  });
});

describe('a draft restored later', () => {
  it('keeps its time in use with it, and a draft with only its time in use is still blank', () => {
    const draft = { ...emptyDraft(at(0)), note: 'Ana: reread the lead', activeMs: 3 * MIN };
    // A week later the timer resumes at 3:00, not at “1455:00 past 7 min”.
    expect(restoredActiveMs(draft, new Date(at(5)).toISOString())).toBe(3 * MIN);
    expect(isBlank({ ...emptyDraft(at(0)), activeMs: 4 * MIN })).toBe(true);
    // Kept before the timer counted the time in use: from opening the sheet to the last keystroke kept.
    const { activeMs: _kept, ...older } = draft;
    expect(restoredActiveMs(older, new Date(at(4)).toISOString())).toBe(4 * MIN);
    expect(restoredActiveMs(older, undefined)).toBe(0);
    expect(restoredActiveMs({ ...older, startedAt: at(10) }, new Date(at(4)).toISOString())).toBe(0);
  });

  it('a week-old draft reopens on the sheet at the time it had counted, and runs from there', async () => {
    const store = appStore();
    const klass = await createClass({ name: 'Room 9', gradeBand: '3-8', schoolYear: '2026-2027' });
    const [ana, ben] = await addStudents(klass.id, ['Ana', 'Ben']);
    const weekAgo = Date.now() - 7 * 24 * 60 * MIN;
    const keyOf = (id: string) => draftKeyFor({ studentIds: [id] });
    await store.db.drafts.put({
      key: keyOf(ana?.id as string),
      value: { ...emptyDraft(weekAgo), note: 'Ana: reread the lead', activeMs: 3 * MIN },
      savedAt: new Date(weekAgo + 10 * MIN).toISOString(),
    });
    // One kept by the version before: no time in use, the last keystroke 4 minutes after opening.
    const { activeMs: _none, ...older } = { ...emptyDraft(weekAgo), note: 'Ben: dialogue' };
    await store.db.drafts.put({
      key: keyOf(ben?.id as string),
      value: older,
      savedAt: new Date(weekAgo + 4 * MIN).toISOString(),
    });

    const sheet = await loadSheet({ studentIds: [ana?.id as string] });
    expect(sheet.restored).toBe(true);
    expect(sheet.draft.note).toBe('Ana: reread the lead');
    expect(sheet.draft.activeMs).toBe(3 * MIN);
    // What the timer shows: the wall clock since the first opening would read 10080:00.
    const now = Date.now();
    let clock = openClock(sheet.draft.activeMs ?? 0, now);
    expect(formatElapsed(read(clock, now))).toBe('3:00');
    clock = touched(clock, now + 1.5 * MIN);
    expect(formatElapsed(read(clock, now + 2 * MIN))).toBe('5:00');
    expect(formatElapsed(Date.now() - weekAgo)).toMatch(/^100[0-9]{2}:/);

    expect((await loadSheet({ studentIds: [ben?.id as string] })).draft.activeMs).toBe(4 * MIN);
    // A new sheet starts at nothing.
    const [cy] = await addStudents(klass.id, ['Cy']);
    expect((await loadSheet({ studentIds: [cy?.id as string] })).draft.activeMs).toBe(0);
  });
});
