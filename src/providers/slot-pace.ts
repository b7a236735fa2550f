/** One call holding a slot, from when it got it. */
export interface HeldSlot {
  readonly at: number;
}

// Weight of the newest hold time in the running average: a few calls are enough to follow a
// provider that slows down or recovers, and one outlier does not dominate.
const SMOOTHING = 0.2;

/**
 * How long a provider's calls hold their slots (what paces the queue): a running average of the
 * calls that ended, and the calls in flight now. Calls cut short by our deadline count with the time
 * they held the slot: that is what the queue waited for, whatever the provider would have taken.
 */
export class SlotPace {
  private averageMs: number | null = null;
  private lastMs: number | null = null;
  private readonly held = new Set<HeldSlot>();

  start(): HeldSlot {
    const slot = { at: Date.now() };
    this.held.add(slot);
    return slot;
  }

  end(slot: HeldSlot): void {
    if (!this.held.delete(slot)) return;
    const ms = Date.now() - slot.at;
    this.lastMs = ms;
    this.averageMs = this.averageMs === null ? ms : this.averageMs + SMOOTHING * (ms - this.averageMs);
  }

  /**
   * The time per call to expect for a call queued now, or null before any call has ended: the recent
   * average, but no more than the oldest call in flight has been running. Right after a slow spell
   * the calls in flight are the only news of a recovery, so a stale average alone never sheds.
   */
  forQueued(): number | null {
    if (this.averageMs === null) return null;
    let oldest = Infinity;
    for (const slot of this.held) oldest = Math.min(oldest, slot.at);
    return Math.min(this.averageMs, Math.max(0, Date.now() - oldest));
  }

  /** The time per call to expect at a grant, just after a call ended: the pace the latest call shows. */
  forGrant(): number | null {
    return this.averageMs === null || this.lastMs === null ? null : Math.min(this.averageMs, this.lastMs);
  }

  get averageHoldMs(): number | null {
    return this.averageMs;
  }
}
