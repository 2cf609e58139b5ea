// time: months as consecutive integers, for bins and axes (`2022-03` -> 2022 * 12 + 2). Imports nothing.

/** The month of a `YYYY-MM` or `YYYY-MM-DD` date as an integer; consecutive months differ by one. */
export const monthIndex = (ym: string): number => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;

/** The `YYYY-MM` month of an integer from monthIndex. */
export const monthOfIndex = (i: number): string => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
