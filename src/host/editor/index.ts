// The editor chunk's entry (chunks/editor.js in the split install): the profile editor's help.
// The loader imports it only where the editor is, or surely will be.
import { guarded } from '../log.js';
import { EDITOR_GRACE_MS } from '../pages.js';
import { EDITOR_PAGE, EDITOR_PLACEHOLDER } from './selectors.js';
import { watchEditor } from './watcher.js';

/**
 * On a page whose address is the Email Integration editor's, a slow profile GET must still get
 * help: keep watching this long after load (bounded; stopped earlier on pagehide).
 */
export const EDITOR_ADDRESS_WATCH_MS = 5 * 60_000;

const squash = (value: string | null) => (value ?? '').replace(/\s+/g, '').toLowerCase();

/** The address is the Email Integration profile editor's: its path, and its plugin or placeholder. */
export function isEditorAddress(location: Location): boolean {
  if (!EDITOR_PAGE.test(location.pathname)) return false;
  const query = new URLSearchParams(location.search);
  return (
    squash(query.get('PluginName')) === 'projectemailintegration' ||
    squash(query.get('Placeholders')).split(',').includes(EDITOR_PLACEHOLDER)
  );
}

/**
 * Starts the editor's help on this page. On the Email Integration editor's own address it waits
 * for a slow editor for minutes, elsewhere only for the short grace after load.
 */
export function startEditorPage(win: Window): { stop(): void } {
  const watcher = guarded('start editor', () =>
    watchEditor(
      win.document,
      isEditorAddress(win.location) ? EDITOR_ADDRESS_WATCH_MS : EDITOR_GRACE_MS,
    ),
  )();
  return { stop: () => watcher?.stop() };
}
