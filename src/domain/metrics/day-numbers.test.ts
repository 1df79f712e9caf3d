import { describe, expect, it } from 'vitest';
import { fromDayNumber, lastIndexBefore, toDayNumber } from './day-numbers.js';

describe('day numbers', () => {
  it('agrees with the calendar on every day from 1999 to 2101, leap days included', () => {
    for (let day = toDayNumber('1999-01-01'); day <= toDayNumber('2101-12-31'); day++) {
      const text = fromDayNumber(day);
      if (toDayNumber(text) !== day) throw new Error(`${text}: ${toDayNumber(text)} ≠ ${day}`);
      if (day !== Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10))) / 86_400_000) throw new Error(text);
    }
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2024-02-29') - toDayNumber('2024-02-28')).toBe(1);
  });

  it('finds the last day before a given one', () => {
    expect(lastIndexBefore([10, 20, 30], 20)).toBe(0);
    expect(lastIndexBefore([10, 20, 30], 31)).toBe(2);
    expect(lastIndexBefore([10, 20, 30], 10)).toBe(-1);
  });
});
