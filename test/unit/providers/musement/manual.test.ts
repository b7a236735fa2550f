// Guide 003, "Cancellation support": "Some activities must be cancelled manually by Musement … contact
// our Customer Care team at support-affiliate@musement.com … include details about the order, order
// item and error message." It names no status code and no error code: the words decide.
import { describe, expect, it } from 'vitest';
import { toCancelOutcome } from '../../../../src/providers/musement/mapper.js';
import { saysManualCancellation } from '../../../../src/providers/musement/manual.js';
import { errorSchema } from '../../../../src/providers/musement/schemas.js';
import { cancelAnswer, cancelContext } from '../../../helpers/cancel-answers.js';

// The answers of issue #28's repro.
const MANUAL_ANSWERS = [
  'This order item cannot be cancelled via API: the activity must be cancelled manually by Musement.',
  'This order item cannot be cancelled. Please contact our Customer Care team.',
];
// Other ways the same thing is said; the simulator's manual-only activity answers the last one.
const MANUAL_PHRASES = [
  'Manual cancellation required for this activity',
  'The supplier requires this item to be manually canceled',
  'To cancel, contact Musement support',
  'Write to support-affiliate@musement.com to cancel this item',
  'This activity can only be cancelled by Musement customer care',
];
// Ordinary refusals: the simulator's own, the guide's documented 404 and its generic default, and
// near misses that mention cancelling, support or customer care without asking for a manual cancel.
const ORDINARY = [
  'Order item already cancelled',
  'Order item cannot be cancelled in its current status',
  'This order item is not refundable',
  'The refund cut-off for this order item has passed',
  'Invalid cancellation_reason',
  'cancellation_additional_info is too long',
  'Resource does not exist',
  'Item not cancellable',
  'This booking cannot be cancelled.',
  'The supplier does not support cancellation of this activity',
  'Contact details are missing from the order',
  'The order item was cancelled by customer care on 2024-05-01',
  'See the manual for valid cancellation reasons',
];

const body = (message: string) => errorSchema.parse({ code: '0', message });
const REFS = { order: '8bd6f4a4-0000-4000-8000-000000000002', item: '8b742505-0000-4000-8000-000000000002' };
// The mapper reads the references from the cancel the answer is for.
const outcomeOf = (status: number, error: ReturnType<typeof body> | null) =>
  toCancelOutcome(cancelAnswer(status, error), cancelContext('MUSEMENT', REFS));

describe('saysManualCancellation: Musement asks for a manual cancellation', () => {
  it.each([...MANUAL_ANSWERS, ...MANUAL_PHRASES])('%j: manual', message => {
    expect(saysManualCancellation(message)).toBe(true);
  });

  it.each(ORDINARY)('%j: an ordinary refusal', message => {
    expect(saysManualCancellation(message)).toBe(false);
  });

  it('no words say nothing', () => {
    expect(saysManualCancellation(null)).toBe(false);
    expect(saysManualCancellation('')).toBe(false);
  });
});

describe('toCancelOutcome: a manual cancellation, whatever its 4xx status', () => {
  it.each([400, 403, 409, 422])('%i with the repro answers: MANUAL_REQUIRED, with whom to ask', status => {
    for (const message of MANUAL_ANSWERS) {
      const outcome = outcomeOf(status, body(message));
      expect(outcome).toMatchObject({
        kind: 'refused',
        reason: 'MANUAL_REQUIRED',
        retryable: false,
        detail: { kind: 'musement', code: '0', message },
        manual: { contact: 'support-affiliate@musement.com' },
      });
      if (outcome.kind !== 'refused') throw new Error('expected a refusal');
      // What the guide says to include: the order, the order item and the error message.
      expect(outcome.manual?.instructions).toContain(REFS.order);
      expect(outcome.manual?.instructions).toContain(REFS.item);
      expect(outcome.manual?.instructions).toMatch(/error message/);
      expect(outcome.manual?.instructions).toMatch(/no sensitive customer data/);
    }
  });

  it('a 403 without a body still needs Musement (cancel permission is granted per partner)', () => {
    expect(outcomeOf(403, null)).toMatchObject({
      reason: 'MANUAL_REQUIRED',
      manual: { contact: 'support-affiliate@musement.com' },
    });
  });

  it.each([400, 409, 422])('%i with ordinary words stays NOT_PERMITTED, with no instructions', status => {
    for (const message of ORDINARY) {
      expect(outcomeOf(status, body(message))).toMatchObject({
        kind: 'refused',
        reason: 'NOT_PERMITTED',
        manual: null,
      });
    }
  });

  it('our credentials or rate (401, 429) and a lost answer (5xx) are never read as manual', () => {
    const manual = body(MANUAL_ANSWERS[1]!);
    expect(outcomeOf(401, manual)).toMatchObject({ kind: 'unavailable' });
    expect(outcomeOf(429, manual)).toMatchObject({ kind: 'unavailable' });
    expect(outcomeOf(502, manual)).toMatchObject({ kind: 'unknown' });
  });
});
