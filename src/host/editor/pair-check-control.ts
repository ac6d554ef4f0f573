// Runs "Check with Google" for the session: one check at a time, only when the admin asks,
// cancelled when the values change or the help goes. The values are read at click time and
// kept nowhere; only the verdict stays, until the next keystroke makes it stale.
import type { PairCheckVerdict } from '../../rules/pair-check.js';
import '../../elements/tpgo-google-check.js';
import { googleCheck } from './lazy.js';
import { logFailure } from '../log.js';
import { STORED_SECRET } from './selectors.js';
import type { Decorations } from './decorations.js';
import type { PlacedField } from './layout.js';

export interface PairSource {
  /** The two values as typed, or null when a field is missing. */
  values(): { clientId: string; clientSecret: string } | null;
  redirectUri(): string;
  issuer(): string | undefined;
}

export class PairCheckControl {
  readonly element: HTMLElementTagNameMap['tpgo-google-check'];
  private running: AbortController | null = null;
  private current: PairCheckVerdict | null = null;

  constructor(
    doc: Document,
    private readonly source: PairSource,
    private readonly changed: () => void,
  ) {
    this.element = doc.createElement('tpgo-google-check');
  }

  get checking(): boolean {
    return this.running !== null;
  }

  get verdict(): PairCheckVerdict | null {
    return this.current;
  }

  /** Reflects whether a check is possible now (both fields filled, no error). */
  setEnabled(enabled: boolean, reason: string): void {
    this.element.disabled = !enabled;
    this.element.disabledReason = enabled ? '' : reason;
  }

  /**
   * Runs one check. Never rejects and never stays "Checking": whatever throws on the way (a page
   * without fetch, a broken answer) ends in "Could not check" and one console line. Its code
   * (the request and the verdicts) is loaded at the first click (lazy.ts); if that cannot load,
   * the button simply comes back (the load's failure is the one console line).
   */
  async request(): Promise<void> {
    if (this.running || this.element.disabled) return;
    let running: AbortController | null = null;
    let help: Awaited<ReturnType<typeof googleCheck.load>>;
    try {
      const values = this.source.values();
      if (!values) return;
      running = new AbortController();
      this.running = running;
      this.current = null;
      this.update();
      help = await googleCheck.load();
      if (this.running !== running) return;
      if (!help) {
        this.running = null;
        this.update();
        return;
      }
      const { askTokenEndpoint, interpretPairCheck } = help;
      if (values.clientSecret === STORED_SECRET) {
        this.running = null;
        this.show(interpretPairCheck({ kind: 'stored-secret' }));
        return;
      }
      const answer = await askTokenEndpoint({
        clientId: values.clientId,
        clientSecret: values.clientSecret,
        redirectUri: this.source.redirectUri(),
        issuer: this.source.issuer() ?? '',
        signal: running.signal,
      });
      if (this.running !== running) return; // Made stale meanwhile: its answer is not about these values.
      this.running = null;
      this.show(interpretPairCheck(answer));
    } catch (error) {
      logFailure('check with google', error);
      if (running && this.running !== running) return;
      this.running = null;
      try {
        if (help) this.show(help.interpretPairCheck({ kind: 'unreachable' }));
        else this.update();
      } catch (again) {
        logFailure('check with google verdict', again);
      }
    }
  }

  cancel(): void {
    this.running?.abort();
  }

  /** The values changed: a running check and the last verdict are no longer about them. */
  invalidate(): void {
    if (!this.running && !this.current) return;
    this.running?.abort();
    this.running = null;
    this.current = null;
    this.update();
  }

  dispose(): void {
    this.running?.abort();
    this.running = null;
  }

  private show(verdict: PairCheckVerdict): void {
    this.current = verdict;
    this.update();
  }

  private update(): void {
    this.element.checking = this.checking;
    this.element.verdict = this.current;
    this.changed();
  }
}

/** The one "Check with Google", right after the secret's field check; null without both fields. */
export function placePairCheck(
  p: { readonly doc: Document; readonly marks: Decorations },
  placed: readonly PlacedField[],
  source: {
    redirectUri(): string;
    issuer(): string | undefined;
    changed(checking: boolean, verdict: PairCheckVerdict | null): void;
  },
): PairCheckControl | null {
  const id = placed.find((f) => f.key === 'clientId');
  const secret = placed.find((f) => f.key === 'secret');
  if (!id || !secret) return null;
  const pair: PairCheckControl = new PairCheckControl(
    p.doc,
    {
      values: () => ({ clientId: id.input.value, clientSecret: secret.input.value }),
      redirectUri: source.redirectUri,
      issuer: source.issuer,
    },
    () => source.changed(pair.checking, pair.verdict),
  );
  pair.element.dataset.tpgo = '';
  p.marks.after(secret.check, pair.element);
  return pair;
}
