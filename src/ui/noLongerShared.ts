// What the notice of a class no longer shared says (app/NoLongerShared.tsx): which class, when it left
// this iPad, and what became of what she wrote in it that had not synced. Pure.
import { type NoLongerShared, shortDayAndTime } from '../data/index.ts';

export function noLongerSharedWords(gone: NoLongerShared): { title: string; body: string; kept: boolean } {
  const title = `${gone.className} is no longer shared with you`;
  const left = `${gone.owner ? `${gone.owner}’s class` : 'The class'} left this iPad when it synced (${shortDayAndTime(gone.at)}).`;
  if (gone.kept > 0) {
    const notes = gone.kept === 1 ? 'Your 1 note in it' : `Your ${gone.kept} notes in it`;
    return {
      title,
      body: `${left} ${notes} that had not synced yet ${gone.kept === 1 ? 'is' : 'are'} kept on this iPad only, under Settings → Kept from classes no longer shared: copy what you need from there.`,
      kept: true,
    };
  }
  return {
    title,
    body: `${left} Everything you wrote in it had synced, so it stays in the class.`,
    kept: false,
  };
}
