import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('csv', () => {
  it('neutralises formulas', () => {
    for (const f of ['=1+1', '+1', '-2', '@SUM(A1)']) expect(csvCell(f)).toBe(`'${f}`);
    expect(csvCell('a=b')).toBe('a=b');
  });
  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=x,y')).toBe(`"'=x,y"`);
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(4)).toBe('4');
  });
  it('starts with a BOM and uses CRLF', () => {
    expect(toCsv(['名称', 'ID'], [['网站', 'vm-a']])).toBe('\uFEFF名称,ID\r\n网站,vm-a\r\n');
  });
});
