import { describe, expect, it } from 'vitest';
import { checkRosterFile, MAX_FILE_BYTES, parseRosterCsv } from '../../src/features/roster/rosterCsv.ts';
import { MAX_IMPORT_ROWS, parsePastedNames, previewRoster } from '../../src/features/roster/rosterPreview.ts';

const names = (text: string) => {
  const parsed = parseRosterCsv(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.candidates.map((c) => c.raw);
};

describe('CSV class lists', () => {
  it.each([
    ['one name a line, no header', 'Ana\nBen\nCarla\n', ['Ana', 'Ben', 'Carla']],
    ['a "Name" header', 'Name\nAna\nBen', ['Ana', 'Ben']],
    ['a "Student Name" header with other columns', 'Student Name,Grade\nAna,3\nBen,3', ['Ana', 'Ben']],
    [
      'first and last name columns',
      'First Name,Last Name\nJosé,Núñez\nMary-Kate,Ross',
      ['José Núñez', 'Mary-Kate Ross'],
    ],
    ['a byte order mark before the header', '\uFEFFName\nAna', ['Ana']],
    ['Windows line endings', 'Name\r\nAna\r\nBen\r\n', ['Ana', 'Ben']],
    ['blank lines anywhere', '\nName\n\nAna\n\n\nBen\n\n', ['Ana', 'Ben']],
    [
      'quoted names with commas and quotes',
      'Name\n"Núñez, José"\n"Sam ""Sunny"" Lee"',
      ['Núñez, José', 'Sam "Sunny" Lee'],
    ],
    ['apostrophes and hyphens', "O'Brien\nMary-Kate\nJosé Núñez", ["O'Brien", 'Mary-Kate', 'José Núñez']],
    ['a quoted field spanning a line break', 'Name\n"Ana\nMaria"', ['Ana\nMaria']],
  ])('%s', (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('numbers rows as the teacher sees them in the file', () => {
    const parsed = parseRosterCsv('Name\nAna\nBen');
    expect(parsed.ok && parsed.candidates.map((c) => c.line)).toEqual([2, 3]);
  });

  it.each([
    ['an empty file', '', /no names/],
    ['only blank lines', '\n\n \n', /no names/],
    ['binary content', 'PK\u0003\u0004\u0000\u0000 spreadsheet', /not text/],
    ['binary content with no zero byte', 'GIF89a\u0001\u0002\u0003\u00ff\u00fe\nÿØÿà', /not text/],
    ['bytes that were not UTF-8', 'Name\nJos\ufffd N\ufffd\ufffdez', /not text/],
    ['mostly symbols', 'Name\n#$%^*{}[]<>|~`=+@!?#$%^*{}[]\n<>|~`=+@!?#$%^', /not text/],
    ['an unclosed quote', 'Name\n"Ana\nBen', /quote that is never closed/],
    [
      `more than ${MAX_IMPORT_ROWS} rows`,
      `Name\n${Array.from({ length: 5000 }, (_, i) => `Kid ${i}`).join('\n')}`,
      /5,000 rows/,
    ],
  ])('refuses %s with a reason', (_label, text, reason) => {
    const parsed = parseRosterCsv(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toMatch(reason);
  });

  it.each([
    [{ name: 'class.xlsx', size: 2000 }, /not a CSV file/],
    [{ name: 'roster.numbers', size: 2000 }, /not a CSV file/],
    [{ name: 'big.csv', size: 10_000_000 }, /10\.0 MB/],
    [{ name: 'empty.csv', size: 0 }, /empty/],
  ])('refuses the file %o before reading it', (file, reason) => {
    expect(checkRosterFile(file)).toMatch(reason);
  });

  it('accepts an ordinary CSV file', () => {
    expect(checkRosterFile({ name: 'Room 12.csv', size: 800 })).toBeNull();
    expect(checkRosterFile({ name: 'list.txt', size: MAX_FILE_BYTES })).toBeNull();
  });
});

describe('pasted lists', () => {
  it('takes one name a line, drops blank lines and list markers, keeps line numbers', () => {
    expect(parsePastedNames('1. Ana\r\n\n- Ben\n• Carla\n2) Dev\n  Mary-Kate  \n')).toEqual([
      { line: 1, raw: 'Ana' },
      { line: 3, raw: 'Ben' },
      { line: 4, raw: 'Carla' },
      { line: 5, raw: 'Dev' },
      { line: 6, raw: '  Mary-Kate  ' },
    ]);
  });
});

describe('import preview', () => {
  const line = (n: number, raw: string) => ({ line: n, raw });

  it('marks new, already-in-class, repeated and invalid rows, and adds only the new ones', () => {
    const preview = previewRoster(
      [
        line(1, 'Ana'),
        line(2, 'ben  lee'),
        line(3, 'Carla'),
        line(4, ''),
        line(5, 'CARLA'),
        line(6, 'x'.repeat(500)),
        line(7, 'José'),
      ],
      ['Ben Lee', 'Jose'],
    );
    expect(preview.rows.map((r) => [r.line, r.status])).toEqual([
      [1, 'new'],
      [2, 'in-class'],
      [3, 'new'],
      [4, 'invalid'],
      [5, 'repeated'],
      [6, 'invalid'],
      [7, 'new'],
    ]);
    expect(preview.rows[3]?.reason).toBe('The name is empty.');
    expect(preview.rows[4]?.reason).toBe('Same as line 3.');
    expect(preview.rows[5]?.reason).toMatch(/500 characters/);
    expect(preview.toAdd).toEqual(['Ana', 'Carla', 'José']);
    expect(preview.counts).toEqual({ new: 3, 'in-class': 1, repeated: 1, invalid: 2 });
  });

  it('treats composed and decomposed accents as the same name', () => {
    const preview = previewRoster([line(1, 'Jose\u0301 Nu\u0301n\u0303ez')], ['José Núñez']);
    expect(preview.rows[0]?.status).toBe('in-class');
  });
});
