// How student names are shown on screen: in full, or as initials only ("A.L.") when she confers where
// children can see the screen. Every screen shows a student's name through `shown`; the shell re-renders
// the screens when the choice changes. Records, search, files and paper forms keep the full name.
import { initialsOnly } from '../state/privacy.ts';

export { initialsOnly };

/** "Ana Lima" → "A.L."; "Benedict Okafor-Whitfield" → "B.O-W."; "李小龍" → "李." */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  return `${words
    .map((w) =>
      w
        .split('-')
        .map((part) => [...part][0]?.toLocaleUpperCase() ?? '')
        .join('-'),
    )
    .join('.')}.`;
}

/** A student's name as this screen may show it. */
export function shown(name: string): string {
  return initialsOnly.get() ? initialsOf(name) : name;
}
