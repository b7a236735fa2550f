import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  IllegalTransitionError,
  JOURNAL_STATES,
  JOURNAL_TRANSITIONS,
  canMove,
  recordsChanges,
  type JournalState,
} from '../../../src/ledger/journal-states.js';
import type { Ledger } from '../../../src/ledger/index.js';
import { LedgerUnavailableError } from '../../../src/ledger/index.js';
import { change } from '../../helpers/changes.js';
import { openTestLedger } from '../../helpers/ledgers.js';

/** What a move is given: its changes when it records them (none here: no item is concerned). */
const as = (from: JournalState, to: JournalState) => (recordsChanges(from, to) ? { changes: [] } : {});

/** A shortest path of legal moves from RECEIVED (where every entry starts) to `target`. */
function pathTo(target: JournalState): JournalState[] {
  const previous = new Map<JournalState, JournalState | null>([['RECEIVED', null]]);
  const queue: JournalState[] = ['RECEIVED'];
  while (queue.length > 0) {
    const state = queue.shift()!;
    for (const next of Object.keys(JOURNAL_TRANSITIONS[state]) as JournalState[]) {
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
      expect(
        await ledger.journal.transition(
          entry.id,
          [path[i - 1]!],
          path[i]!,
          new Date(),
          as(path[i - 1]!, path[i]!),
        ),
      ).toBe(true);
    return entry.id;
  }

  it('every state is reachable from RECEIVED, and the settled ones end there', () => {
    for (const state of JOURNAL_STATES) expect(pathTo(state).at(-1)).toBe(state);
    for (const state of ['SUCCEEDED', 'REFUSED', 'ANSWERED'] as const)
      expect(JOURNAL_TRANSITIONS[state]).toEqual({});
  });

  const pairs = JOURNAL_STATES.flatMap(from => JOURNAL_STATES.map(to => [from, to] as const));

  it.each(pairs.filter(([from, to]) => canMove(from, to)))(
    '%s → %s is a move: it happens',
    async (from, to) => {
      const id = await entryIn(from);
      expect(await ledger.journal.transition(id, [from], to, new Date(), as(from, to))).toBe(true);
      expect((await ledger.journal.byId(id))?.state).toBe(to);
    },
  );

  it.each(pairs.filter(([from, to]) => !canMove(from, to)))(
    '%s → %s is not a move: it fails loudly (not as an outage) and changes nothing',
    async (from, to) => {
      const id = await entryIn(from);
      const attempt = ledger.journal.transition(id, [from], to, new Date(), { changes: [] });
      await expect(attempt).rejects.toBeInstanceOf(IllegalTransitionError);
      await expect(attempt).rejects.not.toBeInstanceOf(LedgerUnavailableError);
      expect((await ledger.journal.byId(id))?.state).toBe(from);
    },
  );

  it('a move that is part of the history must be given its changes; a silent one records none', async () => {
    const sent = await entryIn('RECEIVED');
    await expect(ledger.journal.transition(sent, ['RECEIVED'], 'SENT', new Date())).rejects.toBeInstanceOf(
      IllegalTransitionError,
    );
    const retaken = await entryIn('NOT_SENT');
    await expect(
      ledger.journal.transition(retaken, ['NOT_SENT'], 'RECEIVED', new Date(), { changes: [change()] }),
    ).rejects.toBeInstanceOf(IllegalTransitionError);
    expect((await ledger.journal.byId(sent))?.state).toBe('RECEIVED');
    expect((await ledger.journal.byId(retaken))?.state).toBe('NOT_SENT');
  });

  it('writes a move and its changes together, and no change when the move does not happen', async () => {
    const id = await entryIn('RECEIVED');
    const before = await ledger.changes.head();
    const requested = change({ orderRef: 'moved', kind: 'CANCELLATION_REQUESTED', journalId: id });
    expect(
      await ledger.journal.transition(id, ['RECEIVED'], 'SENT', new Date(), { changes: [requested] }),
    ).toBe(true);
    // The same move again: the compare-and-set fails, and its change is not written a second time.
    expect(
      await ledger.journal.transition(id, ['RECEIVED'], 'SENT', new Date(), { changes: [requested] }),
    ).toBe(false);
    const page = await ledger.changes.after(before, 10);
    expect(page.changes.map(c => [c.orderRef, c.kind, c.journalId])).toEqual([
      ['moved', 'CANCELLATION_REQUESTED', id],
    ]);
  });
});
