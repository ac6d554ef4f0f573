// One keystroke's checks in node: checkClientId + checkClientSecret (with the client ID as
// context, as the host calls them), timed per call over many iterations.
import { checkClientId, checkClientSecret } from '../../src/rules/index.js';
import { summarize, type Summary } from './stats.js';
import { REALISTIC, worstCases, type KeystrokeCase } from './values.js';

export interface KeystrokeTiming {
  name: string;
  /** Milliseconds for both checks on one keystroke. */
  ms: Summary;
}

function time(c: KeystrokeCase, iterations: number, warmup: number): KeystrokeTiming {
  const samples: number[] = [];
  let sink = 0;
  for (let i = 0; i < warmup + iterations; i++) {
    const t0 = performance.now();
    sink += checkClientId(c.clientId).length;
    sink += checkClientSecret(c.secret, { clientId: c.clientId }).length;
    const t1 = performance.now();
    if (i >= warmup) samples.push(t1 - t0);
  }
  if (sink < 0) throw new Error('unreachable');
  return { name: c.name, ms: summarize(samples) };
}

export function keystrokeInNode(): { realistic: KeystrokeTiming[]; worst: KeystrokeTiming[] } {
  return {
    realistic: REALISTIC.map((c) => time(c, 2000, 200)),
    worst: worstCases().map((c) => time(c, 25, 3)),
  };
}
