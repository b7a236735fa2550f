/**
 * "The feed may have advanced": raised in this process after a commit that appended changes, and on
 * PostgreSQL also when another replica's NOTIFY arrives (or the listener reconnects). Followers then
 * read from their own position, so a signal carries nothing and a spurious one costs one query.
 */
export class FeedSignal {
  private readonly listeners = new Set<() => void>();

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  raise(): void {
    for (const listener of this.listeners) listener();
  }
}
