// Dates as the teacher reads them, in one style everywhere and in her device's language and order
// ("Wed, Nov 4, 2026" in the US, "Wed 4 Nov 2026" in the UK): Intl.DateTimeFormat in the device's
// language, so no locale data is bundled. Machine dates (file names, CSV, keys) stay yyyy-MM-dd elsewhere.
// Each style's formatter is made once and kept: making one costs far more than formatting with it (a grid
// formats a date per box, the class record one per child), and the first one made costs the most.

/** An ISO timestamp, a yyyy-MM-dd day (a local day, not UTC midnight), epoch ms or a Date. */
export type When = string | number | Date;

function toDate(when: When): Date {
  const day = typeof when === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(when) : null;
  // A day is local midnight (new Date('2026-11-04') would be UTC midnight: the 3rd in America).
  if (day) return new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
  return new Date(when);
}

const STYLES = {
  /** "Nov 4": within the school year, where the year goes without saying. */
  shortDay: { month: 'short', day: 'numeric' },
  /** "Nov 4, 2026" */
  day: { month: 'short', day: 'numeric', year: 'numeric' },
  /** "Wed, Nov 4, 2026" */
  weekday: { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' },
  /** "Wed, Nov 4, 2026, 10:30 AM" */
  weekdayAndTime: {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  },
  /** "Nov 4, 10:30 AM" */
  shortDayAndTime: { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** `when` in one of the styles, in `locale` (tests) or the device's language. */
function format(when: When, style: keyof typeof STYLES, locale?: string): string {
  const key = `${style} ${locale ?? ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, STYLES[style]);
    formatters.set(key, formatter);
  }
  return formatter.format(toDate(when));
}

/** "Nov 4". A locale for tests; the device's otherwise. */
export function shortDay(when: When, locale?: string): string {
  return format(when, 'shortDay', locale);
}

/** "Nov 4, 2026" */
export function day(when: When): string {
  return format(when, 'day');
}

/** "Wed, Nov 4, 2026" */
export function weekday(when: When): string {
  return format(when, 'weekday');
}

/** "Wed, Nov 4, 2026, 10:30 AM" */
export function weekdayAndTime(when: When): string {
  return format(when, 'weekdayAndTime');
}

/** "Nov 4, 10:30 AM" */
export function shortDayAndTime(when: When): string {
  return format(when, 'shortDayAndTime');
}

/** A local calendar day as stored ("2026-12-06"): what `lightFormat(date, 'yyyy-MM-dd')` gives, without
 * date-fns in the app shell. */
export function localDay(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
