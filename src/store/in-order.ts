/**
 * Hands on values in the order they were added, each as soon as it and every one before it have
 * settled: results that finish out of order (a pool's workers) are taken in input order, without
 * waiting for a whole batch. `take` runs on this thread, one value at a time.
 */
export class InOrder<T> {
  private readonly slots: Array<{ value: T | undefined; ready: boolean }> = [];
  private wake: (() => void) | null = null;
  private failure: { error: unknown } | null = null;

  constructor(private readonly take: (value: T) => void) {}

  /** Values added and not yet taken. */
  get size(): number {
    return this.slots.length;
  }

  /** Adds the next value; `settled` must not reject (make a failure a value). */
  add(settled: Promise<T>): void {
    const slot: { value: T | undefined; ready: boolean } = { value: undefined, ready: false };
    this.slots.push(slot);
    void settled.then((value) => {
      slot.value = value;
      slot.ready = true;
      this.flush();
    });
  }

  /** Resolves once at most `n` values wait to be taken; rejects with the first error `take` threw. */
  async until(n: number): Promise<void> {
    while (this.slots.length > n && !this.failure) await new Promise<void>((resolve) => (this.wake = resolve));
    if (this.failure) throw this.failure.error;
  }

  private flush(): void {
    try {
      while (this.slots[0]?.ready) this.take(this.slots.shift()!.value as T);
    } catch (error) {
      // kept for the waiter, which rethrows it: thrown here it would be an unhandled rejection
      this.failure ??= { error };
    }
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
