// The host adapter's entry: start watching for the editor once the mashup runs.
import { guarded } from './log.js';
import { registerMashup } from './tau.js';
import { watchEditor } from './watcher.js';

export function install(win: Window = window): void {
  guarded('register', () =>
    registerMashup(
      win,
      guarded('start', (options) => {
        const start = () => watchEditor(win.document, options);
        if (win.document.documentElement) start();
      }),
    ),
  )();
}
