// The session's timers: each runs guarded (a throw is one console line), and all go at once
// when the help goes.
import { guarded } from '../log.js';

export class Timers {
  private readonly pending = new Set<ReturnType<typeof setTimeout>>();

  /** Runs `fn` after `ms`, unless clear() comes first. */
  later(fn: () => void, ms: number): void {
    const timer = setTimeout(
      guarded('timer', () => {
        this.pending.delete(timer);
        fn();
      }),
      ms,
    );
    this.pending.add(timer);
  }

  clear(): void {
    for (const timer of this.pending) clearTimeout(timer);
    this.pending.clear();
  }
}
