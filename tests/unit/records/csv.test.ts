import { describe, expect, it } from 'vitest';
import { csvCell, diaryCsv, logCsv, toCsv } from '../../../src/domain/records/csv';
import { contact, day } from './helpers';

const words = (headers: string[]) => ({ headers, value: (field: string, id: string) => `${field}:${id}` });

describe('spreadsheet files of the diary and the log', () => {
  it('quotes commas, quotes and line breaks, and starts with a byte-order mark', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(toCsv([['a', 'b']])).toBe('\uFEFFa,b\r\n');
  });

  it('never lets a family’s words become a spreadsheet formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+44 123')).toBe("'+44 123");
    expect(csvCell('-')).toBe("'-");
  });

  it('writes the diary oldest first with the family’s words, keeping markup and right-to-left text as text', () => {
    const csv = diaryCsv(
      [day('2026-03-03', 'in'), day('2026-03-02', 'not-in', { reason: 'anxiety', schoolCode: 'O', note: '<b>bad</b> night, ليلة' })],
      words(['Date', 'What happened', 'Why', 'Morning', 'School code', 'Note']),
    );
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFDate,What happened,Why,Morning,School code,Note',
      '2026-03-02,status:not-in,reason:anxiety,,code:O,"<b>bad</b> night, ليلة"',
      '2026-03-03,status:in,,,,',
      '',
    ]);
  });

  it('writes the log with time, who, how, what was said and agreed, and the follow-up date', () => {
    const csv = logCsv([contact('2026-03-10', { time: '09:30', how: 'call', said: 'Asked, again', agreed: 'Meeting', followUpOn: '2026-03-17' })], words(['Date', 'Time', 'Who', 'How', 'Said', 'Agreed', 'Follow-up']));
    expect(csv.split('\r\n')[1]).toBe('2026-03-10,09:30,Ms Patel,how:call,"Asked, again",Meeting,2026-03-17');
  });
});
