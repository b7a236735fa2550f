/** Provider date-times: `+0000` offsets without a colon, and local times with no offset at all. */

const OFFSET_NO_COLON = /([+-]\d{2})(\d{2})$/;

/** Parses an ISO 8601 date-time whose offset may lack the colon (`2024-08-17T15:59:43+0000`). */
export function parseOffsetDateTime(text: string): Date | null {
  const normalised = text.replace(OFFSET_NO_COLON, '$1:$2');
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(normalised)) return null;
  const date = new Date(normalised);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The UTC offset in minutes written in an ISO date-time (`+0100` → 60), or null. */
export function offsetMinutesOf(text: string): number | null {
  const match = /([+-])(\d{2}):?(\d{2})$/.exec(text);
  if (!match) return /Z$/.test(text) ? 0 : null;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

function zoneOffsetMinutes(at: number, timeZone: string): number {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(at))
      .find(p => p.type === 'timeZoneName')?.value ?? 'GMT';
  return offsetMinutesOf(name.replace('GMT', '') || 'Z') ?? 0;
}

/**
 * A local wall-clock time (`2021-11-26 09:00`) as an instant, in an IANA zone when known, else at a
 * fixed UTC offset. Returns null for text that is not a local date-time.
 */
export function localToInstant(
  text: string,
  zone: { timeZone: string } | { offsetMinutes: number },
): Date | null {
  const match = LOCAL.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(part => Number(part ?? 0));
  const wall = Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, s ?? 0);
  if ('offsetMinutes' in zone) return new Date(wall - zone.offsetMinutes * 60_000);
  // Two passes settle the offset on either side of a DST change.
  const first = wall - zoneOffsetMinutes(wall, zone.timeZone) * 60_000;
  return new Date(wall - zoneOffsetMinutes(first, zone.timeZone) * 60_000);
}
