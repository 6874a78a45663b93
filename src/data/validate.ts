// Pure checks of what a teacher typed, shared by the data layer (which refuses bad writes) and the
// screens (which show the reason beside the field).

export const MAX_NAME_LENGTH = 80;

/** A trimmed name with inner runs of spaces folded, or the reason it cannot be used. */
export function checkName(
  raw: string,
  what = 'name',
): { ok: true; value: string } | { ok: false; reason: string } {
  const value = raw.replace(/\s+/g, ' ').trim();
  if (value === '') return { ok: false, reason: `The ${what} is empty.` };
  if (value.length > MAX_NAME_LENGTH) {
    return {
      ok: false,
      reason: `The ${what} is ${value.length} characters long; at most ${MAX_NAME_LENGTH} fit.`,
    };
  }
  // Control characters come from broken files, never from a keyboard.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: that is exactly what this looks for
  if (/[\u0000-\u001f\u007f]/.test(value))
    return { ok: false, reason: `The ${what} has invisible control characters.` };
  return { ok: true, value };
}

/** School years run from August: in November 2026 it is "2026-2027". */
export function schoolYearOf(date: Date): string {
  const year = date.getFullYear();
  const start = date.getMonth() >= 7 ? year : year - 1;
  return `${start}-${start + 1}`;
}

export function checkSchoolYear(raw: string): { ok: true; value: string } | { ok: false; reason: string } {
  const value = raw.trim();
  const match = /^(\d{4})\s*[-–/]\s*(\d{4})$/.exec(value);
  if (!match || Number(match[2]) !== Number(match[1]) + 1) {
    return { ok: false, reason: 'Write the school year as two years, like 2026-2027.' };
  }
  return { ok: true, value: `${match[1]}-${match[2]}` };
}

/**
 * The longest text one field of a note may hold. Far beyond any conference note, and small enough that a
 * field always fits one sync request (MAX_VALUE_BYTES) in any script.
 */
export const MAX_TEXT_LENGTH = 10_000;

/** Where a field's counter appears: near the limit, not before. */
export const TEXT_COUNTER_FROM = 8_000;

/** The reason a set of text fields cannot be saved, or null. */
export function checkTextLengths(fields: Record<string, unknown>, words: Record<string, string> = {}) {
  for (const [field, value] of Object.entries(fields)) {
    if (typeof value === 'string' && value.length > MAX_TEXT_LENGTH) {
      return `The ${words[field] ?? field} is ${value.length.toLocaleString('en-US')} characters long; at most ${MAX_TEXT_LENGTH.toLocaleString('en-US')} fit. Shorten it, then save.`;
    }
  }
  return null;
}
