import { describe, expect, it } from 'vitest';
import { reviveOutcome, serializeOutcome } from '../../../src/services/cancellation/snapshot.js';
import { EVERY_OUTCOME } from '../../helpers/outcomes.js';

describe('stored cancellation outcomes (the replayed answer of an idempotency key)', () => {
  it.each(EVERY_OUTCOME.map(o => [o.kind, o] as const))(
    '%s survives the round trip, dates as Dates',
    (_k, outcome) => {
      expect(reviveOutcome(serializeOutcome(outcome))).toEqual(outcome);
    },
  );

  it('a date stays a Date only where the schema says so: a title that looks like one stays text', () => {
    const [cancelled] = EVERY_OUTCOME;
    if (cancelled?.kind !== 'cancelled') throw new Error('fixture order changed');
    const titled = { ...cancelled, item: { ...cancelled.item, title: '2030-05-01T09:00:00.000Z' } };
    const revived = reviveOutcome(serializeOutcome(titled));
    expect(revived.kind === 'cancelled' && revived.item.title).toBe('2030-05-01T09:00:00.000Z');
  });

  it('a manual cancellation stored before it carried instructions replays with none', () => {
    const stored = '{"kind":"manual_required","provider":"MUSEMENT","detail":null}';
    expect(reviveOutcome(stored)).toEqual({
      kind: 'manual_required',
      provider: 'MUSEMENT',
      detail: null,
      manual: null,
    });
  });

  it.each([
    ['an unknown kind', '{"kind":"refunded"}'],
    ['a bad date', '{"kind":"window_closed","provider":"IMIN","closedAt":"yesterday","detail":null}'],
    ['an unknown provider', '{"kind":"outcome_unknown","provider":"ACME"}'],
  ])('refuses %s instead of replaying it', (_name, snapshot) => {
    expect(() => reviveOutcome(snapshot)).toThrow(/does not match its schema/);
  });
});
