// Text as every search here compares it (notes, patterns, names): accents and case ignored (“José”
// finds “jose”).
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();
}
