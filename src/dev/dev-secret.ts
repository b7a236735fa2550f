import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DEV_SECRET_FILE = 'dev-jwt-secret';

/** Where development's key is kept, or null when DATA_DIR keeps nothing. */
export function developmentSecretFile(dataDir: string): string | null {
  return dataDir === ':memory:' ? null : join(dataDir, DEV_SECRET_FILE);
}

/**
 * Development's signing key, kept in DATA_DIR so tokens (the printed ones, `npm run token`'s, the one
 * in a codegen config) survive restarts. Created on first use, readable by its owner only. An
 * in-memory DATA_DIR keeps nothing: `null`, and the process makes a key of its own.
 */
export function developmentSecret(dataDir: string): string | null {
  const file = developmentSecretFile(dataDir);
  if (!file) return null;
  try {
    const kept = readFileSync(file, 'utf8').trim();
    if (kept.length >= 32) return kept;
  } catch {
    // Not there yet: made below.
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
