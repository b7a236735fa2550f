import pg from 'pg';
import type { FeedSignal } from './feed-signal.js';

/**
 * PostgreSQL `LISTEN` on the feed's channel over a connection of its own (a pooled one could be
 * handed to a query). Every notification raises the signal; so does every (re)connection, because
 * notifications sent while the connection was down are lost and the followers must read to catch up.
 * A dropped connection is reopened with backoff (0.2 s doubling to 5 s), for as long as it is open.
 */
export class FeedListener {
  private client: pg.Client | null = null;
  private closed = false;
  private listening = false;
  private backoffMs = 200;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly databaseUrl: string,
    private readonly channel: string,
    private readonly signal: FeedSignal,
    private readonly onError: (error: Error) => void = () => undefined,
  ) {
    void this.connect();
  }

  /** True while LISTEN is in place (operators and tests). */
  get connected(): boolean {
    return this.listening;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    const current = this.client;
    this.client = null;
    this.listening = false;
    await current?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl, keepAlive: true });
    this.client = client;
    client.on('notification', message => {
      if (message.channel === this.channel) this.signal.raise();
    });
    client.on('error', error => {
      this.onError(error);
      this.lost(client);
    });
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${pg.escapeIdentifier(this.channel)}`);
      if (this.closed) return void (await client.end().catch(() => undefined));
      this.listening = true;
      this.backoffMs = 200;
      this.signal.raise();
    } catch (error) {
      this.onError(error instanceof Error ? error : new Error('feed listener failed'));
      this.lost(client);
    }
  }

  /** The connection is gone (or never came): end it, and open a new one after the backoff. */
  private lost(client: pg.Client): void {
    void client.end().catch(() => undefined);
    if (this.client !== client || this.closed || this.retry) return;
    this.listening = false;
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.connect();
    }, this.backoffMs);
    this.retry.unref();
    this.backoffMs = Math.min(5_000, this.backoffMs * 2);
  }
}
