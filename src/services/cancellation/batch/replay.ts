import type { BatchCancellationOutcome, CancellationOutcome } from '../../../domain/cancellation.js';
import { TERMINAL_STATES, type JournalEntry } from '../../../ledger/journal.js';
import type { CancellationDeps } from '../deps.js';
import { resolveUnknown } from '../settle.js';
import { reviveOutcome } from '../snapshot.js';
import { attemptAt, type BatchAttempt } from './attempt.js';
import { appliesAtomically, capabilityOf } from './plan.js';
import { composeResult, distinctCancellations, totalOf } from './result.js';
import { runBatch, type Prior } from './run.js';

type Known = CancellationOutcome | 'again';

/**
 * A key seen before: every item's answer again, and the items that were certainly not cancelled
 * taken up where they stopped (never one that may have reached the provider), in one run.
 */
export async function replayBatch(
  deps: CancellationDeps,
  batch: BatchAttempt,
  fingerprint: string,
): Promise<BatchCancellationOutcome> {
  const [lead] = batch.entries;
  if (!lead || lead.fingerprint !== fingerprint || batch.entries.length !== batch.ids.length)
    return { kind: 'key_reused' };
  const outcomes = new Map<number, CancellationOutcome>();
  const again: number[] = [];
  for (const [position, entry] of batch.entries.entries()) {
    const known = await knownOutcome(deps, batch, position, entry);
    if (known === 'again') again.push(position);
    else outcomes.set(position, known);
  }
  if (again.length > 0) {
    const ran = await runBatch(deps, batch, again, priorOf([...outcomes.values()]));
    for (const [position, outcome] of ran) outcomes.set(position, outcome);
  }
  const stillRunning: CancellationOutcome = { kind: 'in_progress', provider: batch.provider.id };
  const ordered = batch.entries.map((_, position) => outcomes.get(position) ?? stillRunning);
  return composeResult(ordered, appliesAtomically(capabilityOf(batch.provider), ordered.length));
}

/** One item's answer on record, or 'again' once its entry is taken up again (it is certainly unsent). */
async function knownOutcome(
  deps: CancellationDeps,
  batch: BatchAttempt,
  position: number,
  entry: JournalEntry,
): Promise<Known> {
  // Answered already, but the journal has not taken it yet: the same answer again.
  const pending = deps.outbox.pendingOutcome(entry.id);
  if (pending) return pending;
  if (TERMINAL_STATES.includes(entry.state) && entry.responseSnapshot)
    return reviveOutcome(entry.responseSnapshot);
  const provider = batch.provider.id;
  if (entry.state === 'UNKNOWN') {
    // A read settles it; shown not cancelled, it goes again with the others (its entry is RECEIVED again).
    let retaken = false;
    const outcome = await resolveUnknown(deps, attemptAt(batch, position, entry), null, () => {
      retaken = true;
      return Promise.resolve({ kind: 'in_progress', provider } as const);
    });
    return retaken ? 'again' : outcome;
  }
  const retake = { holderInstance: deps.instanceId };
  if (
    entry.state === 'NOT_SENT' &&
    (await deps.ledger.journal.transition(entry.id, ['NOT_SENT'], 'RECEIVED', deps.clock.now(), retake))
  )
    return 'again';
  return { kind: 'in_progress', provider };
}

/** What the request's items accepted so far came to, for the total check of the items still to go. */
function priorOf(outcomes: readonly CancellationOutcome[]): Prior {
  const refunds = distinctCancellations(outcomes).map(c => c.refund);
  if (refunds.length === 0) return { refund: null, known: true };
  const refund = totalOf(refunds);
  return { refund, known: refund !== null };
}
