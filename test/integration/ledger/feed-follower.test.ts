import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BookingChangeModel } from '../../../src/domain/changes.js';
import { openLedger, type Ledger } from '../../../src/ledger/index.js';
import { createLogger } from '../../../src/lib/logger.js';
import { FeedFollower } from '../../../src/services/changes/follower.js';
import { POSTGRES_URL, openTestLedger } from '../../helpers/ledgers.js';
import { pollUntil } from '../../helpers/poll.js';
import { change } from '../../helpers/changes.js';

const T0 = new Date('2030-01-01T00:00:00.000Z');
const logger = createLogger('silent');

async function write(ledger: Ledger, refs: readonly string[]): Promise<void> {
  for (const ref of refs)
    await ledger.transact(trx => ledger.changes.append(trx, [change({ orderRef: ref })], T0));
}

describe('a follower in the writing process (SQLite: one process)', () => {
  it('is told after the commit and delivers in order, once', async () => {
    const { ledger, dispose } = await openTestLedger('sqlite');
    // Polling off in effect: only the in-process signal can deliver within the test.
    const follower = new FeedFollower(ledger.changes, ledger.feedSignal, logger, { pollMs: 3_600_000 });
    try {
      const seen: string[] = [];
      follower.onChanges(changes => seen.push(...changes.map(c => c.orderRef)));
      await follower.start();
      await write(ledger, ['a', 'b', 'c']);
      const got = await pollUntil(
        () => [...seen],
        s => s.length >= 3,
        { tries: 50, everyMs: 20 },
      );
      expect(got).toEqual(['a', 'b', 'c']);
    } finally {
      await follower.stop();
      await dispose();
    }
  });
});

describe.skipIf(!POSTGRES_URL)('followers on other replicas (PostgreSQL LISTEN/NOTIFY)', () => {
  let writer: Ledger;
  let reader: Ledger;
  let url: string | null;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ ledger: writer, url, dispose } = await openTestLedger('postgres'));
    reader = await openLedger({ databaseUrl: url, dataDir: ':memory:' });
    reader.listenForChanges();
  });
  afterAll(async () => {
    await reader.close();
    await dispose();
  });

  it('FD-03: a dropped LISTEN connection is caught up from the last position: no gap, no repeat', async () => {
    const follower = new FeedFollower(reader.changes, reader.feedSignal, logger, { pollMs: 3_600_000 });
    const seen: BookingChangeModel[] = [];
    follower.onChanges(changes => seen.push(...changes));
    await follower.start();
    try {
      await pollUntil(
        () => listenerPids(url!),
        pids => pids.length === 1,
        { tries: 100, everyMs: 20 },
      );
      await write(writer, ['n1', 'n2']);
      await pollUntil(
        () => seen.length,
        n => n >= 2,
        { tries: 100, everyMs: 20 },
      );
      expect(seen.map(c => c.orderRef)).toEqual(['n1', 'n2']);

      // The listener's connection dies (failover, a DBA, an idle timeout) while changes keep coming.
      const [pid] = await listenerPids(url!);
      await terminate(pid!);
      await write(writer, ['d1', 'd2', 'd3']);
      await pollUntil(
        () => seen.length,
        n => n >= 5,
        { tries: 200, everyMs: 25 },
      );
      await write(writer, ['r1']);
      await pollUntil(
        () => seen.length,
        n => n >= 6,
        { tries: 200, everyMs: 25 },
      );

      expect(seen.map(c => c.orderRef)).toEqual(['n1', 'n2', 'd1', 'd2', 'd3', 'r1']);
      expect(new Set(seen.map(c => c.id)).size).toBe(6);
      expect((await listenerPids(url!)).length).toBe(1);
    } finally {
      await follower.stop();
    }
  });
});

/** Backends of this database LISTENing on a feed channel (the reader's listener). */
async function listenerPids(url: string): Promise<number[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const schema = /search_path=(\w+)/.exec(new URL(url).searchParams.get('options') ?? '')?.[1] ?? 'public';
  try {
    const { rows } = await client.query<{ pid: number }>(
      'select pid from pg_stat_activity where datname = current_database() and query = $1',
      [`LISTEN "booking_changes_${schema}"`],
    );
    return rows.map(r => r.pid);
  } finally {
    await client.end();
  }
}

async function terminate(pid: number): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL! });
  await client.connect();
  await client.query('select pg_terminate_backend($1)', [pid]);
  await client.end();
}
