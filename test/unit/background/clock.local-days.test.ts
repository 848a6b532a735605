import { describe, expect, it } from 'vitest';
import { msToNextLocalDay, todayLocal } from '../../../lib/clock';

describe("the shells' clock", () => {
  it('gives the local date, and how long until it turns', () => {
    const evening = new Date(2025, 10, 10, 23, 59, 30);
    expect(todayLocal(evening)).toBe('2025-11-10');
    expect(msToNextLocalDay(evening)).toBe(30_000);
    expect(todayLocal(new Date(evening.getTime() + msToNextLocalDay(evening)))).toBe('2025-11-11');
  });

  it('a month and a year turn too', () => {
    const nye = new Date(2025, 11, 31, 12, 0, 0);
    expect(msToNextLocalDay(nye)).toBe(12 * 3600_000);
    expect(todayLocal(new Date(nye.getTime() + msToNextLocalDay(nye)))).toBe('2026-01-01');
  });
});
