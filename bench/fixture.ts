// What the benchmark's processes share: credentials, simulated latencies and the messages between them.
export const KEY = 'bench-key-0123456789abcdef';
export const LATENCY = { IMIN: 10, BOOKING_COM: 20, MUSEMENT: 30, BOKUN: 40 } as const;
export type ProviderName = keyof typeof LATENCY;
/** Bulk orders per provider in the upstream: 50 for the batching customer, 20 for the page customer. */
export const BULK = 70;

export interface UpstreamReady {
  readonly env: Record<string, string>;
  /** The imin order both order(id) servers read, and its document's URL for the baseline. */
  readonly iminOrder: { readonly uuid: string; readonly url: string };
  readonly references: Record<'IMIN' | 'BOOKING_COM' | 'MUSEMENT', string[]>;
  /** Alice's demo Booking.com stay and Musement order (her imin order is `iminOrder`). */
  readonly alice: Record<'BOOKING_COM' | 'MUSEMENT', string>;
}
export type UpstreamStats = Record<ProviderName, { calls: number; connections: number }>;
export type UpstreamCommand = { type: 'stats' } | { type: 'latency'; on: boolean };
