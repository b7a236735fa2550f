import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  IllegalTransitionError,
  JOURNAL_STATES,
  JOURNAL_TRANSITIONS,
  canMove,
  type JournalState,
} from '../../../src/ledger/journal-states.js';
import type { Ledger } from '../../../src/ledger/index.js';
import { LedgerUnavailableError } from '../../../src/ledger/index.js';
import { openTestLedger } from '../../helpers/ledgers.js';

/** A shortest path of legal moves from RECEIVED (where every entry starts) to `target`. */
function pathTo(target: JournalState): JournalState[] {
  const previous = new Map<JournalState, JournalState | null>([['RECEIVED', null]]);
  const queue: JournalState[] = ['RECEIVED'];
  while (queue.length > 0) {
    const state = queue.shift()!;
    for (const next of JOURNAL_TRANSITIONS[state] as readonly JournalState[]) {
      if (previous.has(next)) continue;
      previous.set(next, state);
      queue.push(next);
    }
  }
  const path: JournalState[] = [];
  for (let at: JournalState | null | undefined = target; at; at = previous.get(at)) path.unshift(at);
  return path;
}

describe('the journal state machine', () => {
  let ledger: Ledger;
  let dispose: () => Promise<void>;
  let n = 0;

  beforeAll(async () => {
    ({ ledger, dispose } = await openTestLedger('sqlite'));
  });
  afterAll(() => dispose());

  async function entryIn(state: JournalState): Promise<string> {
    const { entry } = await ledger.journal.claim(
      {
        customerId: 'c',
        idempotencyKey: `k-${n++}`,
        fingerprint: 'f',
        provider: 'IMIN',
        orderRef: 'o',
        itemRef: 'i',
      },
      new Date(),
    );
    const path = pathTo(state);
    for (let i = 1; i < path.length; i++)
      expect(await ledger.journal.transition(entry.id, [path[i - 1]!], path[i]!, new Date())).toBe(true);
    return entry.id;
  }

  it('every state is reachable from RECEIVED, and the settled ones end there', () => {
    for (const state of JOURNAL_STATES) expect(pathTo(state).at(-1)).toBe(state);
    for (const state of ['SUCCEEDED', 'REFUSED', 'ANSWERED'] as const)
      expect(JOURNAL_TRANSITIONS[state]).toEqual([]);
  });

  const pairs = JOURNAL_STATES.flatMap(from => JOURNAL_STATES.map(to => [from, to] as const));

  it.each(pairs.filter(([from, to]) => canMove(from, to)))(
    '%s → %s is a move: it happens',
    async (from, to) => {
      const id = await entryIn(from);
      expect(await ledger.journal.transition(id, [from], to, new Date())).toBe(true);
      expect((await ledger.journal.byId(id))?.state).toBe(to);
    },
  );

  it.each(pairs.filter(([from, to]) => !canMove(from, to)))(
    '%s → %s is not a move: it fails loudly (not as an outage) and changes nothing',
    async (from, to) => {
      const id = await entryIn(from);
      const attempt = ledger.journal.transition(id, [from], to, new Date());
      await expect(attempt).rejects.toBeInstanceOf(IllegalTransitionError);
      await expect(attempt).rejects.not.toBeInstanceOf(LedgerUnavailableError);
      expect((await ledger.journal.byId(id))?.state).toBe(from);
    },
  );
});
