// Messages put together from other messages (a server's answer inside the app's own sentence) without
// doubled or missing punctuation. Pure.

/** As a sentence of its own: ends in exactly one stop (".", "?", "!", "…"), added when missing. */
export function sentence(text: string): string {
  const trimmed = text.trim().replace(/\.{2,}$/, '.');
  if (trimmed === '') return '';
  return /[.!?…]["”’)]?$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** To go inside another sentence or brackets: without its final period. */
export function clause(text: string): string {
  return text.trim().replace(/[.\s]+$/, '');
}

/** What went wrong, from whatever was thrown, as sentences ready to show. */
export function failureWords(failure: unknown): string {
  return sentence(failure instanceof Error ? failure.message : String(failure));
}

/** Text as every search here compares it (notes, patterns, names): accents and case ignored (“José”
 * finds “jose”). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();
}

/**
 * The words Search matches, folded: runs of letters, digits and combining marks, so punctuation and
 * spaces separate words (“Okafor-Whitfield.” is “okafor” and “whitfield”). A word typed in Search finds
 * every word that begins with it.
 */
export function searchWords(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
}
