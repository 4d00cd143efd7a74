import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';

const fields = (text: string) => {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.message);
  return result.records;
};

describe('parseCsv (RFC 4180)', () => {
  it('splits records and fields with CRLF or LF line ends', () => {
    expect(fields('a,b,c\r\n1,2,3\n4,,6')).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', '2', '3'] },
      { line: 3, fields: ['4', '', '6'] },
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, keeping line numbers right', () => {
    const records = fields('name,note\n"Chan, Tai Man","said ""hi"""\n"two\nlines",x\nlast,y\n');
    expect(records).toEqual([
      { line: 1, fields: ['name', 'note'] },
      { line: 2, fields: ['Chan, Tai Man', 'said "hi"'] },
      { line: 3, fields: ['two\nlines', 'x'] },
      { line: 5, fields: ['last', 'y'] },
    ]);
  });

  it('ignores a byte-order mark, blank lines and a final line end; keeps a quoted empty field', () => {
    expect(fields('\uFEFFa,b\n\n1,2\r\n\r\n""\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['1', '2'] },
      { line: 5, fields: [''] },
    ]);
    expect(fields('')).toEqual([]);
  });

  it('refuses stray quotes and an unclosed quote, naming the line', () => {
    expect(parseCsv('a,b\n1,x"y\n')).toMatchObject({ ok: false, line: 2 });
    expect(parseCsv('a,b\n"1"x,2\n')).toMatchObject({ ok: false, line: 2 });
    expect(parseCsv('a,b\n1,2\n"open,3\n4\n')).toMatchObject({ ok: false, line: 3, message: expect.stringContaining('not closed') });
  });
});
