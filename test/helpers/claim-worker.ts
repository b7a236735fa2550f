// A separate gateway process's view of the ledger: claims the same keys as its sibling, prints what it won.
import { openLedger } from '../../src/ledger/index.js';

const [url, count, worker] = process.argv.slice(2);
const ledger = await openLedger({ databaseUrl: url ?? null, dataDir: ':memory:' });
// A barrier: both processes start claiming when the parent says go, so their claims really interleave.
process.stderr.write('READY\n');
await new Promise(resolve => process.stdin.once('data', resolve));
const keys = Array.from({ length: Number(count) }, (_, i) => `key-${i}`);
const results = await Promise.all(
  keys.map(key =>
    ledger.journal.claim(
      {
        customerId: 'alice',
        idempotencyKey: key,
        fingerprint: `fp-${key}`,
        provider: 'MUSEMENT',
        orderRef: 'o',
        itemRef: key,
      },
      new Date(),
    ),
  ),
);
const locks = await Promise.all(
  keys.map(key => ledger.journal.lock(`lock-${key}`, `${worker}-${key}`, new Date(), 60_000)),
);
process.stdout.write(
  JSON.stringify({
    claimed: results.flatMap((r, i) => (r.kind === 'claimed' ? [keys[i]] : [])),
    locked: locks.flatMap((won, i) => (won ? [keys[i]] : [])),
  }),
);
await ledger.close();
