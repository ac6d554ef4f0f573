// The host adapter's entry: start watching for the editor once the mashup runs. The page is
// recognised by its fields, whatever placeholder brought the mashup here.
import { guarded, logFailure } from './log.js';
import { isSignInPopup } from './plugins/page.js';
import { registerMashup } from './tau.js';
import { watchEditor } from './watcher.js';

const onPluginsPage = (win: Window) => /\/Admin\/Plugins\.aspx$/i.test(win.location.pathname);

// Settings > Plugins gets the connection statuses (issue 12). Until the page loader exists,
// this is the one place that starts them.
function startPlugins(win: Window): void {
  void import('./plugins/index.js').then(
    (module) => guarded('plugins-start', () => module.startPluginsPage(win))(),
    (error: unknown) => logFailure('plugins-load', error),
  );
}

export function install(win: Window = window): void {
  guarded('register', () =>
    registerMashup(
      win,
      guarded('start', () => {
        // Sign in's popup lands on the Plugins page: there the assistant does nothing at all.
        if (onPluginsPage(win) && isSignInPopup(win)) return;
        watchEditor(win.document);
        if (onPluginsPage(win)) startPlugins(win);
      }),
    ),
  )();
}
