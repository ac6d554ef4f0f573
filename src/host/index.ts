// The host adapter's entry: start watching for the editor once the mashup runs. The page is
// recognised by its fields, whatever placeholder brought the mashup here.
import { guarded } from './log.js';
import { registerMashup } from './tau.js';
import { watchEditor } from './watcher.js';

export function install(win: Window = window): void {
  guarded('register', () =>
    registerMashup(
      win,
      guarded('start', () => {
        watchEditor(win.document);
      }),
    ),
  )();
}
