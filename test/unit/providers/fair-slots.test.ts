import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FairSlots, SlotRefused, type DeadlineOf } from '../../../src/providers/fair-slots.js';

// Fake timers drive both the deadlines and Date.now(), so every test is about order, not speed.
beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

const settle = () => vi.advanceTimersByTimeAsync(0);

interface Call {
  readonly label: string;
  readonly started: boolean;
  /** Resolves with 'done' or the refusal's reason. */
  readonly outcome: Promise<string>;
  finish(): void;
  fail(): void;
}

/** A call whose task holds its slot until the test finishes it. */
function submit(
  slots: FairSlots,
  key: string,
  label: string,
  deadlineIn = 60_000,
  bounds: DeadlineOf = 'answer',
  log: string[] = [],
): Call {
  let finish = () => {};
  let fail = () => {};
  // The task may run at once (a free slot), before `run` returns: state lives outside the call.
  const state = { started: false };
  const outcome = slots
    .run(
      key,
      Date.now() + deadlineIn,
      () =>
        new Promise<void>((resolve, reject) => {
          state.started = true;
          log.push(label);
          finish = resolve;
          fail = () => reject(new Error('provider failed'));
        }),
      bounds,
    )
    .then(
      () => 'done',
      (error: unknown) => (error instanceof SlotRefused ? error.reason : String(error)),
    );
  return {
    label,
    get started() {
      return state.started;
    },
    outcome,
    finish: () => finish(),
    fail: () => fail(),
  };
}

/** Holds a slot for `ms` of fake time, so the slots learn that a call takes that long. */
async function teach(slots: FairSlots, ms: number): Promise<void> {
  const call = submit(slots, 'teacher', 'teacher');
  await settle();
  await vi.advanceTimersByTimeAsync(ms);
  call.finish();
  expect(await call.outcome).toBe('done');
}

describe('FairSlots: fairness between requests', () => {
  it('a request alone may use every slot, and no more than the capacity run at once', async () => {
    const slots = new FairSlots({ capacity: 4, maxQueued: 1_000 });
    const calls = Array.from({ length: 10 }, (_, i) => submit(slots, 'A', `A${i}`));
    await settle();
    expect(calls.filter(c => c.started)).toHaveLength(4);
    expect(slots.stats()).toMatchObject({ inFlight: 4, queued: 6 });
    const finished = new Set<Call>();
    while (finished.size < calls.length) {
      const next = calls.find(c => c.started && !finished.has(c))!;
      finished.add(next);
      next.finish();
      await settle();
      expect(slots.stats().inFlight).toBeLessThanOrEqual(4);
    }
    expect(await Promise.all(calls.map(c => c.outcome))).toEqual(Array(10).fill('done'));
  });

  it('two requests, one with 50 calls and one with 2: the small one is served at the next free slots', async () => {
    const slots = new FairSlots({ capacity: 4, maxQueued: 1_000 });
    const big = Array.from({ length: 50 }, (_, i) => submit(slots, 'big', `big${i}`));
    await settle();
    const small = [submit(slots, 'small', 'small0'), submit(slots, 'small', 'small1')];
    await settle();
    expect(small.some(c => c.started)).toBe(false);

    // A FIFO queue would start them after the 46 big calls queued before them; here the first two
    // slots that free go to the request with nothing in flight.
    big[0]!.finish();
    await settle();
    expect(small[0]!.started).toBe(true);
    big[1]!.finish();
    await settle();
    expect(small[1]!.started).toBe(true);
    for (const call of small) call.finish();
    expect(await Promise.all(small.map(c => c.outcome))).toEqual(['done', 'done']);
    // Then the big one has the slots to itself again.
    await settle();
    expect(big.filter(c => c.started)).toHaveLength(6);
  });

  it('two requests with backlogs take turns instead of one draining first', async () => {
    const slots = new FairSlots({ capacity: 2, maxQueued: 1_000 });
    const log: string[] = [];
    const a = Array.from({ length: 10 }, (_, i) => submit(slots, 'A', `A${i}`, 60_000, 'answer', log));
    const b = Array.from({ length: 10 }, (_, i) => submit(slots, 'B', `B${i}`, 60_000, 'answer', log));
    await settle();
    const all = new Map([...a, ...b].map(c => [c.label, c]));
    // Calls finish in the order they started, as with a provider of steady latency.
    const oldestRunning = () => all.get(log.find(l => !l.endsWith(':done') && !log.includes(`${l}:done`))!)!;
    while (log.filter(l => !l.endsWith(':done')).length < 20) {
      const next = oldestRunning();
      log.push(`${next.label}:done`);
      next.finish();
      await settle();
    }
    const starts = log.filter(l => !l.endsWith(':done')).map(l => l[0]);
    // The first ten starts are (nearly) half each; FIFO would give A all ten.
    const firstTen = starts.slice(0, 10);
    expect(firstTen.filter(s => s === 'B').length).toBeGreaterThanOrEqual(4);
    expect(firstTen.filter(s => s === 'A').length).toBeGreaterThanOrEqual(4);
  });
});

describe('FairSlots: waits bounded by the deadline', () => {
  it('a waiter whose deadline passes leaves the queue and its task never runs', async () => {
    const slots = new FairSlots({ capacity: 1, maxQueued: 1_000 });
    const holder = submit(slots, 'A', 'holder');
    const waiter = submit(slots, 'B', 'waiter', 100);
    await settle();
    expect(slots.stats()).toMatchObject({ inFlight: 1, queued: 1, buckets: 2 });
    await vi.advanceTimersByTimeAsync(100);
    expect(await waiter.outcome).toBe('deadline');
    expect(slots.stats()).toMatchObject({ inFlight: 1, queued: 0, buckets: 1 });
    holder.finish();
    await settle();
    expect(waiter.started).toBe(false);
    expect(slots.stats()).toMatchObject({ inFlight: 0, queued: 0, buckets: 0 });
  });

  it('a deadline already passed with every slot taken is refused at once; a free slot is still taken', async () => {
    const slots = new FairSlots({ capacity: 1, maxQueued: 1_000 });
    const first = submit(slots, 'A', 'first', -1);
    const second = submit(slots, 'B', 'second', -1);
    await settle();
    expect(first.started).toBe(true);
    expect(await second.outcome).toBe('deadline');
    first.finish();
    expect(await first.outcome).toBe('done');
  });

  it('the waiting is bounded by memory only: a large cap, then queue_full at once', async () => {
    const slots = new FairSlots({ capacity: 1, maxQueued: 2 });
    const calls = [0, 1, 2, 3].map(i => submit(slots, `r${i}`, `r${i}`));
    await settle();
    expect(await calls[3]!.outcome).toBe('queue_full');
    expect(slots.stats()).toMatchObject({ inFlight: 1, queued: 2, buckets: 3 });
  });
});

describe("FairSlots: shedding follows the provider's pace only", () => {
  it('with no latency known yet, nothing is shed: waiters wait for their deadline', async () => {
    const slots = new FairSlots({ capacity: 1, maxQueued: 1_000 });
    submit(slots, 'A', 'holder');
    const waiter = submit(slots, 'B', 'waiter', 10);
    await settle();
    expect(slots.stats().queued).toBe(1);
    await vi.advanceTimersByTimeAsync(10);
    expect(await waiter.outcome).toBe('deadline');
  });

  it('a read whose expected wait plus one call exceeds its deadline is refused at once, unsent', async () => {
    const slots = new FairSlots({ capacity: 1, maxQueued: 1_000 });
    await teach(slots, 1_000);
    submit(slots, 'A', 'holder');
    await settle();
    // The call in flight bears the slow average out: still no answer after a second.
    await vi.advanceTimersByTimeAsync(1_000);
    // Expected: one round for the slot to free, then the call itself: ~2 000 ms.
    const doomed = submit(slots, 'B', 'doomed', 1_500);
    // A cancel only needs to start by its deadline, so the call itself is not counted: ~1 000 ms.
    const write = submit(slots, 'C', 'write', 1_500, 'start');
    // Behind the write: ~3 000 ms.
    const patient = submit(slots, 'D', 'patient', 5_000);
    await settle();
    expect(await doomed.outcome).toBe('expected_wait');
    expect(doomed.started).toBe(false);
    expect(slots.stats()).toMatchObject({ inFlight: 1, queued: 2 });
    expect(patient.started || write.started).toBe(false);
  });

  it('a read granted a slot with less time left than one call is refused; a write is sent', async () => {
    const slots = new FairSlots({ capacity: 1, maxQueued: 1_000 });
    await teach(slots, 1_000);
    const holder = submit(slots, 'A', 'holder');
    await settle();
    const read = submit(slots, 'B', 'read', 2_500);
    const write = submit(slots, 'C', 'write', 2_500, 'start');
    await settle();
    expect(slots.stats().queued).toBe(2);
    await vi.advanceTimersByTimeAsync(1_800);
    holder.finish();
    await settle();
    expect(await read.outcome).toBe('expected_wait');
    expect(read.started).toBe(false);
    expect(write.started).toBe(true);
    write.finish();
    expect(await write.outcome).toBe('done');
  });

  it('a slow average alone sheds nothing while the calls in flight are young: the provider may have recovered', async () => {
    const slots = new FairSlots({ capacity: 1, maxQueued: 1_000 });
    await teach(slots, 1_000);
    const holder = submit(slots, 'A', 'holder');
    await settle();
    const read = submit(slots, 'B', 'read', 1_500);
    await settle();
    expect(slots.stats().queued).toBe(1);
    // It has recovered: the call in flight answers at once, and the read behind it goes out.
    await vi.advanceTimersByTimeAsync(10);
    holder.finish();
    await settle();
    expect(read.started).toBe(true);
    read.finish();
    expect(await read.outcome).toBe('done');
  });

  it('a provider that recovers is seen: a free slot is always taken and its time learnt', async () => {
    const slots = new FairSlots({ capacity: 1, maxQueued: 1_000 });
    await teach(slots, 5_000);
    // Slow history, yet a free slot is used even by a read with a short deadline.
    const probe = submit(slots, 'A', 'probe', 100);
    await settle();
    expect(probe.started).toBe(true);
    probe.finish();
    for (let i = 0; i < 20; i++) await teach(slots, 10);
    expect(slots.stats().holdMs).toBeLessThan(100);
  });
});

describe('FairSlots: no slot leaks', () => {
  it('tasks that throw, reject or time out in the queue give every slot and bucket back', async () => {
    const queuedChanges: number[] = [];
    const slots = new FairSlots({
      capacity: 2,
      maxQueued: 1_000,
      observer: { queued: change => queuedChanges.push(change), waited: () => {} },
    });
    const throwing = slots.run('A', Date.now() + 1_000, () => {
      throw new Error('sync throw');
    });
    await expect(throwing).rejects.toThrow('sync throw');
    const failing = [0, 1, 2, 3].map(i => submit(slots, `F${i % 2}`, `F${i}`));
    const expiring = submit(slots, 'E', 'expiring', 50);
    await settle();
    await vi.advanceTimersByTimeAsync(50);
    expect(await expiring.outcome).toBe('deadline');
    const failed = new Set<Call>();
    while (failed.size < failing.length) {
      const next = failing.find(c => c.started && !failed.has(c))!;
      failed.add(next);
      next.fail();
      await settle();
    }
    expect(await Promise.all(failing.map(c => c.outcome))).toEqual(Array(4).fill('Error: provider failed'));
    expect(slots.stats()).toMatchObject({ inFlight: 0, queued: 0, buckets: 0 });
    expect(queuedChanges.reduce((sum, c) => sum + c, 0)).toBe(0);
    const after = submit(slots, 'A', 'after');
    await settle();
    expect(after.started).toBe(true);
  });

  it('any mix of requests, durations and deadlines: within capacity, never started late, nothing left', async () => {
    const arrival = fc.record({
      bucket: fc.integer({ min: 0, max: 4 }),
      gap: fc.integer({ min: 0, max: 10 }),
      takes: fc.integer({ min: 1, max: 80 }),
      deadlineIn: fc.integer({ min: 1, max: 400 }),
      bounds: fc.constantFrom<DeadlineOf>('answer', 'start'),
      fails: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(arrival, { minLength: 1, maxLength: 60 }), async arrivals => {
        const slots = new FairSlots({ capacity: 3, maxQueued: 1_000 });
        let running = 0;
        let most = 0;
        const late: string[] = [];
        const outcomes: Array<Promise<string>> = [];
        for (const a of arrivals) {
          await vi.advanceTimersByTimeAsync(a.gap);
          const deadline = Date.now() + a.deadlineIn;
          const outcome = slots
            .run(
              `r${a.bucket}`,
              deadline,
              async () => {
                if (a.bounds === 'answer' && Date.now() > deadline) late.push(`r${a.bucket}`);
                most = Math.max(most, ++running);
                await new Promise(resolve => setTimeout(resolve, a.takes));
                running--;
                if (a.fails) throw new Error('failed');
              },
              a.bounds,
            )
            .then(
              () => 'done',
              (e: unknown) => (e instanceof SlotRefused ? e.reason : 'failed'),
            );
          outcomes.push(outcome);
        }
        await vi.advanceTimersByTimeAsync(10_000);
        const settled = await Promise.all(outcomes);
        expect(settled.every(o => ['done', 'failed', 'deadline', 'expected_wait'].includes(o))).toBe(true);
        expect(most).toBeLessThanOrEqual(3);
        expect(late).toEqual([]);
        expect(slots.stats()).toMatchObject({ inFlight: 0, queued: 0, buckets: 0 });
      }),
      { numRuns: 50 },
    );
  });
});
