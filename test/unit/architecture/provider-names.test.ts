// Issue #29: everything about a provider lives in its plugin. Outside its own folders, no TypeScript
// file in src/ names a provider, in code or in comments, so adding a fifth touches only its folders
// (src/providers/<name>/, src/simulators/<name>/), its line in the registry and the schema's
// `Provider` enum and refusal-detail type. Fails with every offending file:line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Each provider's name as code and prose spell it. */
const NAMES: readonly RegExp[] = [
  /(?<![A-Za-z])[Ii](?:min|MIN)(?![a-z])/, // imin, IMIN_, iminPlugin (not "timing", "minimum")
  /open[-_ ]?active/i, // OpenActive
  /booking[-_. ]?com/i, // Booking.com, booking-com, BOOKING_COM, BOOKINGCOM_, bookingCom
  /(?<![A-Za-z])musement/i, // Musement, MUSEMENT_ (not "amusement")
  /b[oó]kun/i, // Bókun, Bokun, BOKUN_, bokunBooking
];

/** Where a provider may be named, and why. */
const ALLOWED: ReadonlyArray<{ readonly path: RegExp; readonly line?: RegExp; readonly why: string }> = [
  {
    path: /^src\/(providers|simulators)\/[a-z-]+\//,
    why: "a provider's own folders (every folder there is one provider's)",
  },
  { path: /^src\/dev\//, why: 'development: the list of simulators, and the demo' },
  { path: /^src\/__generated__\//, why: 'generated from the schema, which declares every provider' },
  {
    path: /^src\/ledger\/migrations(\.ts$|\/)/,
    why: 'migrations are history: they name the tables and values they created or moved',
  },
  {
    path: /^src\/providers\/registry\.ts$/,
    line: /^export \{ \w+ \} from '\.\/[a-z-]+\/index\.js';$/,
    why: "the registry's one line per provider",
  },
];

const namesAProvider = (text: string) => NAMES.some(name => name.test(text));

function typescriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return typescriptFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function offences(): string[] {
  return typescriptFiles('src').flatMap(file => {
    const path = file.split('\\').join('/');
    const rules = ALLOWED.filter(rule => rule.path.test(path));
    if (rules.some(rule => !rule.line)) return [];
    return readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((text, i) =>
        namesAProvider(text) && !rules.some(rule => rule.line?.test(text))
          ? [`${path}:${i + 1}: ${text.trim()}`]
          : [],
      );
  });
}

describe('no provider is named outside its own folders', () => {
  it('src/ (but the exceptions listed above) names no provider, in code or in comments', () => {
    expect(offences()).toEqual([]);
  });

  it('the check knows every spelling, and no ordinary word', () => {
    for (const name of ['imin', "IMIN's", 'iminPlugin', 'IMIN_BASE_URL', 'OpenActive', 'Booking.com'])
      expect(namesAProvider(name), name).toBe(true);
    for (const name of ['booking-com', 'BOOKING_COM', 'BOOKINGCOM_TOKEN', 'Musement', 'Bókun', 'BOKUN_'])
      expect(namesAProvider(name), name).toBe(true);
    for (const word of ['timing', 'minimum', 'amusement', 'booking', 'Bookings', 'adminId', 'Imine'])
      expect(namesAProvider(word), word).toBe(false);
  });

  it('the registry has exactly one line per provider folder', () => {
    const folders = readdirSync('src/providers', { withFileTypes: true }).filter(entry =>
      entry.isDirectory(),
    );
    const lines = readFileSync('src/providers/registry.ts', 'utf8')
      .split('\n')
      .filter(text => namesAProvider(text));
    expect(lines).toHaveLength(folders.length);
  });
});
