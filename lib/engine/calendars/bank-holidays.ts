/** England and Wales bank holidays 2024–2027 (copy of shared/domain/calendars/england-bank-holidays.json). */
import data from './england-bank-holidays.json' with { type: 'json' };
import type { IsoDate } from '../dates';

export interface BankHoliday {
  date: IsoDate;
  title: string;
}

export const BANK_HOLIDAYS_SOURCE: string = data.source;

/** Every bank holiday in the file, in date order. */
export const ENGLAND_BANK_HOLIDAYS: readonly BankHoliday[] = Object.values(data.dates)
  .flat()
  .sort()
  .map((date) => ({ date, title: (data.titles as Record<string, string>)[date] ?? 'Bank holiday' }));

/** Bank holidays between two dates inclusive. */
export function bankHolidaysBetween(from: IsoDate, to: IsoDate): BankHoliday[] {
  return ENGLAND_BANK_HOLIDAYS.filter((b) => b.date >= from && b.date <= to);
}
