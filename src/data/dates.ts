// Dates as the teacher reads them, in one style everywhere and in her device's language and order
// ("Wed, Nov 4, 2026" in the US, "Wed 4 Nov 2026" in the UK): date-fns' intlFormat over the device's
// Intl, so no locale data is bundled. Machine dates (file names, CSV, keys) stay yyyy-MM-dd elsewhere.
import { intlFormat } from 'date-fns';

/** An ISO timestamp, a yyyy-MM-dd day (a local day, not UTC midnight), epoch ms or a Date. */
export type When = string | number | Date;

function toDate(when: When): Date {
  const day = typeof when === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(when) : null;
  // A day is local midnight (new Date('2026-11-04') would be UTC midnight: the 3rd in America).
  if (day) return new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
  return new Date(when);
}

/** "Nov 4": within the school year, where the year goes without saying. A locale for tests; the device's. */
export function shortDay(when: When, locale?: string): string {
  const options = { month: 'short', day: 'numeric' } as const;
  return locale ? intlFormat(toDate(when), options, { locale }) : intlFormat(toDate(when), options);
}

/** "Nov 4, 2026" */
export function day(when: When): string {
  return intlFormat(toDate(when), { month: 'short', day: 'numeric', year: 'numeric' });
}

/** "Wed, Nov 4, 2026" */
export function weekday(when: When): string {
  return intlFormat(toDate(when), { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' });
}

/** "Wed, Nov 4, 2026, 10:30 AM" */
export function weekdayAndTime(when: When): string {
  return intlFormat(toDate(when), {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
}

/** "Nov 4, 10:30 AM" */
export function shortDayAndTime(when: When): string {
  return intlFormat(toDate(when), { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
}
