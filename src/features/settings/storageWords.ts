// Settings' words for where her notes are kept: whether the browser agreed to keep them
// (navigator.storage.persisted()) and where the app is open, in a Safari tab or from the Home Screen.
import type { WhereItRuns } from '../../ui/homeScreen.ts';

/** Her words for whether the browser agreed to keep the data; null is a browser that does not say. */
export function keptWords(persisted: boolean | null, where: WhereItRuns): string {
  const self = where.device ? `This ${where.device}` : 'This browser';
  const copy = 'Back up (above), or turn on sync, so a copy lives elsewhere.';
  if (persisted === null) return `${self} has not said whether it will keep the clipboard’s data. ${copy}`;
  if (persisted) return `${self} has agreed to keep the clipboard’s data: it will not clear it to make room.`;
  const tab = where.device && !where.installed ? ', or after seven days of Safari use without a visit' : '';
  return `${self} has not agreed: it may clear the clipboard’s data when space runs low${tab}. ${copy}`;
}

export function openedWords(where: WhereItRuns): string {
  if (where.device && where.installed)
    return 'From the Home Screen: Safari’s seven-day rule does not delete its data.';
  if (where.device) return 'In a Safari tab, not from the Home Screen: see the top of Settings.';
  return where.installed ? 'As an installed app.' : 'In a browser tab.';
}
