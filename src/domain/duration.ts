const ISO_DURATION =
  /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

export interface Duration {
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

/** Parses an ISO 8601 duration (`P1D`, `PT2H30M`, `P1W`); `null` for anything else. */
export function parseDuration(text: string): Duration | null {
  const match = ISO_DURATION.exec(text.trim());
  if (!match || text.trim() === 'P' || text.trim().endsWith('T')) return null;
  const [, y, mo, w, d, h, mi, s] = match.map(part => (part === undefined ? 0 : Number(part)));
  return {
    years: y ?? 0,
    months: mo ?? 0,
    weeks: w ?? 0,
    days: d ?? 0,
    hours: h ?? 0,
    minutes: mi ?? 0,
    seconds: s ?? 0,
  };
}

/** `at` plus a duration: exact units only make sense here, so calendar units count as fixed lengths. */
export function addDuration(at: Date, duration: Duration): Date {
  const days = duration.years * 365 + duration.months * 30 + duration.weeks * 7 + duration.days;
  return new Date(
    at.getTime() + (((days * 24 + duration.hours) * 60 + duration.minutes) * 60 + duration.seconds) * 1000,
  );
}

/**
 * `at` minus a duration. Years, months and days are calendar units in UTC (a day is a calendar day,
 * so a deadline keeps its wall-clock time in UTC); hours and smaller are exact.
 */
export function subtractDuration(at: Date, duration: Duration): Date {
  const result = new Date(at.getTime());
  result.setUTCFullYear(
    result.getUTCFullYear() - duration.years,
    result.getUTCMonth() - duration.months,
    result.getUTCDate() - duration.weeks * 7 - duration.days,
  );
  return new Date(
    result.getTime() - ((duration.hours * 60 + duration.minutes) * 60 + duration.seconds) * 1000,
  );
}
