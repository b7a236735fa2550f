/**
 * `work`, or a rejection after `ms` (a probe must answer promptly even when what it asks has gone
 * silent). The abandoned work may still fail later; that is expected and must not surface as unhandled.
 */
export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), ms);
  });
  work.catch(() => undefined);
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * Runs `work` with a signal that aborts after `ms` (a `TimeoutError`, as `AbortSignal.timeout`
 * gives), and clears the timer as soon as the work settles. `AbortSignal.timeout` cannot be cleared:
 * its timer stays in the timer list for the full `ms` after a call that took a millisecond, so under
 * load thousands linger per provider (8 s of reads) and are promoted into the old heap.
 */
export async function withAbortAfter<T>(ms: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')),
    ms,
  );
  // As AbortSignal.timeout's: a call still waiting does not keep a stopping process alive.
  timer.unref();
  try {
    return await work(controller.signal);
  } finally {
    clearTimeout(timer);
  }
}
