// withAbortAfter (src/lib/with-timeout.ts): what every provider call's deadline runs on.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withAbortAfter } from '../../../src/lib/with-timeout.js';

describe('withAbortAfter', () => {
  afterEach(() => vi.useRealTimers());

  it('aborts work still running after ms with a TimeoutError, as AbortSignal.timeout does', async () => {
    const outcome = await withAbortAfter(
      20,
      signal =>
        new Promise((_resolve, reject) =>
          signal.addEventListener('abort', () => reject(signal.reason as Error)),
        ),
    ).catch((error: unknown) => error);
    expect(outcome).toBeInstanceOf(DOMException);
    expect((outcome as DOMException).name).toBe('TimeoutError');
  });

  it('leaves no timer behind once the work settles, answered or failed (AbortSignal.timeout would)', async () => {
    vi.useFakeTimers();
    const signals: AbortSignal[] = [];
    for (let i = 0; i < 50; i++)
      await withAbortAfter(60_000, signal => {
        signals.push(signal);
        return Promise.resolve(i);
      });
    await withAbortAfter(60_000, () => Promise.reject(new Error('refused'))).catch(() => undefined);
    expect(vi.getTimerCount()).toBe(0);
    expect(signals.some(s => s.aborted)).toBe(false);
  });
});
