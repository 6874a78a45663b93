// Reading a printed form back as a teacher would: its text (pdftotext), the text inside one region of a
// page (a box of the 9-kid form, a column of the notes form), and the colour of a point of a page
// (pdftoppm renders it; a PPM is read here without an image library).
import { execFileSync } from 'node:child_process';

export interface Word {
  text: string;
  x: number;
  y: number;
  page: number;
}

/** The text laid out as on the page (columns side by side). */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-']).toString();
}

/** The text in reading order, block by block, with every run of white space one space: what a cell says,
 * however it wrapped. */
export function pdfFlatText(file: string): string {
  return execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');
}

/** Every word with where it starts, in points from the page's top left, and its page (from 1). */
export function pdfWords(file: string): { words: Word[]; width: number; height: number } {
  const html = execFileSync('pdftotext', ['-bbox', file, '-']).toString();
  const [, width = '0', height = '0'] = /<page width="([\d.]+)" height="([\d.]+)"/.exec(html) ?? [];
  const words: Word[] = [];
  let page = 0;
  for (const match of html.matchAll(/<page |<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)) {
    if (match[0] === '<page ') page += 1;
    else words.push({ text: decode(match[3] ?? ''), x: Number(match[1]), y: Number(match[2]), page });
  }
  return { words, width: Number(width), height: Number(height) };
}

function decode(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}

/** The text inside a rectangle of a page (points), its lines joined by spaces. */
export function regionText(
  file: string,
  page: number,
  box: { x: number; y: number; width: number; height: number },
): string {
  const { x, y, width, height } = box;
  const crop = ['-x', x, '-y', y, '-W', width, '-H', height].map((v) =>
    typeof v === 'number' ? String(Math.round(v)) : v,
  );
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-r', '72', ...crop, file, '-'])
    .toString()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The colour [r, g, b] at a point of a page, given as fractions of its width and height. */
export function pixelAt(file: string, page: number, at: { x: number; y: number }): [number, number, number] {
  const ppm = execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '30', file]);
  // "P6\n<width> <height>\n255\n" then three bytes a pixel.
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a PPM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const offset = header[0].length + 3 * (Math.floor(at.y * height) * width + Math.floor(at.x * width));
  return [ppm[offset] ?? -1, ppm[offset + 1] ?? -1, ppm[offset + 2] ?? -1];
}
