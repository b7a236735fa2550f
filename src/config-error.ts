import type { z } from 'zod';

/** A configuration the gateway cannot start with; its message names the variable at fault. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Variables read through their zod schema; the first bad one stops start-up as `NAME: what is wrong.` */
export function parseVariables<T>(schema: z.ZodType<T>, source: NodeJS.ProcessEnv): T {
  const parsed = schema.safeParse(source);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = String(issue?.path[0] ?? 'environment');
  throw new ConfigError(`${name}: ${issue?.message ?? 'invalid'}.`);
}
