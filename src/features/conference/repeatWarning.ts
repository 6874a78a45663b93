// "You named the same strength last time": a nudge to teach something new, or to keep working on a goal
// on purpose. Compares without case, spacing or end punctuation. Pure.

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
  const warnings: string[] = [];
  if (same(draft.compliment, last.compliment))
    warnings.push('Same strength as last time: is there another to name?');
  if (same(draft.teachingPoint, last.teachingPoint)) {
    warnings.push('Same teaching point as last time. Fine if you are staying with a goal on purpose.');
  }
  return warnings;
}
