// A separate gateway process's view of the ledger: claims the same keys as its sibling, prints what it won.
import { openLedger } from '../../src/ledger/index.js';

const [url, count, worker] = process.argv.slice(2);
const ledger = await openLedger({ databaseUrl: url ?? null, dataDir: ':memory:' });
// A barrier: both processes start claiming when the parent says go, so their claims really interleave.
process.stderr.write('READY\n');
await new Promise(resolve => process.stdin.once('data', resolve));
// One at a time, in opposite orders per worker: the two must meet somewhere in the middle.
const keys = Array.from({ length: Number(count) }, (_, i) => `key-${i}`);
const order = worker === 'b' ? [...keys].reverse() : keys;
const claimed: string[] = [];
const locked: string[] = [];
for (const key of order) {
  const result = await ledger.journal.claim(
    {
      customerId: 'alice',
      idempotencyKey: key,
      fingerprint: `fp-${key}`,
      provider: 'MUSEMENT',
      orderRef: 'o',
      itemRef: key,
    },
    new Date(),
  );
  if (result.kind === 'claimed') claimed.push(key);
  if (
    await ledger.journal.lock(
      { provider: 'MUSEMENT', orderRef: `lock-${key}` },
      `${worker}-${key}`,
      new Date(),
      60_000,
    )
  )
    locked.push(key);
}
process.stdout.write(JSON.stringify({ claimed, locked }));
await ledger.close();
