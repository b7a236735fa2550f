import type { SimResponse } from './sim-types.js';

/** What a control action answers: 204 when it changed something, 404 naming what it did not find. */
export const done: SimResponse = { status: 204 };
export const notFound = (what: string): SimResponse => ({ status: 404, body: { error: `no such ${what}` } });
export const text = (body: Record<string, unknown>, key: string): string =>
  typeof body[key] === 'string' ? body[key] : '';
