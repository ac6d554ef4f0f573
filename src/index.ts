// Entry point of the mashup: registers with Targetprocess's tau.mashups and starts the host
// adapter. Nothing else lives here.
declare const tau:
  { mashups?: { addMashup(fn: (...args: unknown[]) => void): unknown } } | undefined;

const PREFIX = '[google-oauth-assistant]';

try {
  if (typeof tau !== 'undefined' && tau?.mashups) {
    tau.mashups.addMashup(() => {
      // The host adapter is started here once it exists.
    });
  }
} catch (error) {
  console.warn(PREFIX, 'could not register', error instanceof Error ? error.message : '');
}
