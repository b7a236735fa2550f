/**
 * Reads until `done` holds, sleeping `everyMs` between reads, at most `tries` times after the first:
 * the one bounded loop every test waiting on another process uses. Returns the last value read, for
 * the test to assert on.
 */
export async function pollUntil<T>(
  read: () => T | Promise<T>,
  done: (value: T) => boolean,
  { tries, everyMs }: { readonly tries: number; readonly everyMs: number },
): Promise<T> {
  let value = await read();
  for (let i = 0; i < tries && !done(value); i++) {
    await new Promise(resolve => setTimeout(resolve, everyMs));
    value = await read();
  }
  return value;
}
