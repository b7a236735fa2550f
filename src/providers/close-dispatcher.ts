import type { Dispatcher } from 'undici';

/**
 * Shutdown closes provider agents after draining, so what is still in flight belongs to requests
 * already cut: it gets `waitMs` to finish, then its connections are destroyed (undici's close() alone
 * would wait for a slow provider's answer).
 */
export async function closeDispatcher(dispatcher: Dispatcher, waitMs = 500): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>(resolve => (timer = setTimeout(() => resolve('late'), waitMs)));
  // Destroying rejects the pending close(): that is the expected end, not a failure.
  const closed = dispatcher.close().then(
    () => 'closed' as const,
    () => 'closed' as const,
  );
  if ((await Promise.race([closed, late])) === 'late') await dispatcher.destroy();
  clearTimeout(timer);
}
