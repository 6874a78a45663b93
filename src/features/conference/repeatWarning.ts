// What the sheet says about repeating last time. The same strength again: a nudge to name another. The
// same teaching point again is not a warning: seed 002 says it is better to keep working on a writing
// goal across several conferences than to teach something different each time. The sheet counts which
// conference on the goal this is, and when the teaching point comes back, suggests another teaching move
// for it. Compares without case, spacing or end punctuation. Pure.

export interface Repeatable {
  compliment: string;
  teachingPoint: string;
}

function same(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .toLocaleLowerCase()
      .replace(/[\s"'“”‘’.,!?;:()-]+/g, ' ')
      .trim();
  return norm(a) !== '' && norm(a) === norm(b);
}

export function repeatWarnings(draft: Repeatable, last: Repeatable | null): string[] {
  if (!last) return [];
  return same(draft.compliment, last.compliment)
    ? ['Same strength as last time: is there another to name?']
    : [];
}

/** The same teaching point as last time: staying with it is right; teach it another way (seed 002). */
export function anotherMove(draft: Repeatable, last: Repeatable | null): string | null {
  if (!last || !same(draft.teachingPoint, last.teachingPoint)) return null;
  return 'Same teaching point as last time: good, stay with it. Teach it another way this time: demonstrate it, show a notebook or draft, or share a mentor text.';
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${n % 10 > 3 ? 'th' : suffix}`;
}

/** "3rd conference on this goal: Develop parts in drafts." for each goal the note is linked to. */
export function goalProgress(
  linked: readonly { id: string; text: string }[],
  conferencesBefore: Readonly<Record<string, number>>,
): string[] {
  return linked.map(
    (goal) => `${ordinal((conferencesBefore[goal.id] ?? 0) + 1)} conference on this goal: ${goal.text}`,
  );
}
