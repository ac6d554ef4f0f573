// Scripts the bench installs in pages with page.addInitScript, as plain JS source (they run
// before any page script, so they see the editor appear and every observer and timer made).

/**
 * Time to help: when #authDropDown first appears (the editor's form), and when our elements
 * have rendered (every tpgo-* element's Lit update done, the shadow roots of tpgo-field-check
 * and tpgo-redirect-uri (above the Client ID) hold content, .tpgo-panel present). Long tasks
 * are collected too. Rendering inside shadow roots makes no mutation the observer sees, so a
 * check that finds them not yet rendered looks again in the next task.
 */
export const TIME_TO_HELP = `(() => {
  const bench = (window.__bench = { formAt: null, helpAt: null, longTasks: [] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const a = (e.attribution || [])[0];
        bench.longTasks.push({
          start: e.startTime,
          duration: e.duration,
          container: a ? [a.containerType, a.containerSrc, a.containerId, a.containerName].filter(Boolean).join(' ') : '',
        });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  let waiting = false;
  const ready = () => {
    const check = document.querySelector('tpgo-field-check');
    return !!(check && document.querySelector('.tpgo-panel') && document.querySelector('tpgo-redirect-uri'));
  };
  const rendered = (el) => !!(el && el.shadowRoot && el.shadowRoot.childNodes.length > 0);
  const look = () => {
    if (bench.formAt === null && document.getElementById('authDropDown')) bench.formAt = performance.now();
    if (bench.formAt === null || bench.helpAt !== null || waiting || !ready()) return;
    waiting = true;
    const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('tpgo-'));
    Promise.all(elements.map((el) => el.updateComplete)).then(() => {
      if (rendered(document.querySelector('tpgo-field-check')) && rendered(document.querySelector('tpgo-redirect-uri'))) {
        bench.helpAt = performance.now();
        observer.disconnect();
      } else {
        waiting = false;
        setTimeout(look, 0);
      }
    });
  };
  const observer = new MutationObserver(look);
  observer.observe(document, { childList: true, subtree: true });
})();`;

/**
 * What the page leaves running: MutationObservers observing (and their callbacks), pending
 * timeouts and live intervals. Installed before the page's scripts, so the page's own count.
 */
export const RUNNING = `(() => {
  const counts = (window.__running = {
    observersCreated: 0,
    observerCallbacks: 0,
    observing: new Set(),
    timeouts: new Set(),
    intervals: new Set(),
    snapshot() {
      return {
        observersCreated: this.observersCreated,
        observersObserving: this.observing.size,
        observerCallbacks: this.observerCallbacks,
        pendingTimeouts: this.timeouts.size,
        liveIntervals: this.intervals.size,
      };
    },
  });
  const Native = window.MutationObserver;
  window.MutationObserver = class extends Native {
    constructor(callback) {
      super((records, observer) => {
        counts.observerCallbacks += 1;
        return callback(records, observer);
      });
      counts.observersCreated += 1;
    }
    observe(...args) {
      counts.observing.add(this);
      return super.observe(...args);
    }
    disconnect() {
      counts.observing.delete(this);
      return super.disconnect();
    }
  };
  const st = window.setTimeout, ct = window.clearTimeout;
  const si = window.setInterval, ci = window.clearInterval;
  window.setTimeout = function (fn, ms, ...rest) {
    if (typeof fn !== 'function') return st.call(window, fn, ms, ...rest);
    const id = st.call(window, function () {
      counts.timeouts.delete(id);
      return fn.apply(this, rest);
    }, ms);
    counts.timeouts.add(id);
    return id;
  };
  window.clearTimeout = function (id) {
    counts.timeouts.delete(id);
    return ct.call(window, id);
  };
  window.setInterval = function (...args) {
    const id = si.apply(window, args);
    counts.intervals.add(id);
    return id;
  };
  window.clearInterval = function (id) {
    counts.intervals.delete(id);
    return ci.call(window, id);
  };
})();`;

/**
 * The Plugins page: when the profile list appears (the first li.tau-profileName), how many
 * connection statuses are shown (each tpgo-connection-status rendered, its one line holding
 * text), and when `expected` of them first are. Long tasks are collected too.
 */
export function pluginsStatusScript(expected: number, countdowns = 0): string {
  return `(() => {
  const expected = ${JSON.stringify(expected)};
  const countdowns = ${JSON.stringify(countdowns)};
  const bench = (window.__pluginsBench = { listAt: null, shownAt: null, shown: 0, longTasks: [] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const lineOf = (el) => {
    const line = el.shadowRoot && el.shadowRoot.querySelector('.line');
    return line ? line.textContent.trim() : '';
  };
  const shownCount = () =>
    [...document.querySelectorAll('tpgo-connection-status')].filter((el) => !!lineOf(el)).length;
  // With sign-in records, a status is shown once the record's countdown is in it.
  const countdownCount = () =>
    [...document.querySelectorAll('tpgo-connection-status')].filter((el) =>
      lineOf(el).includes('Google ends this sign-in'),
    ).length;
  let waiting = false;
  const look = () => {
    if (bench.listAt === null && document.querySelector('li.tau-profileName')) bench.listAt = performance.now();
    if (bench.listAt === null || bench.shownAt !== null || waiting) return;
    const statuses = [...document.querySelectorAll('tpgo-connection-status')];
    if (statuses.length < expected) return;
    waiting = true;
    Promise.all(statuses.map((el) => el.updateComplete)).then(() => {
      bench.shown = shownCount();
      if (bench.shown >= expected && (countdowns === 0 || countdownCount() >= countdowns)) {
        bench.shownAt = performance.now();
        observer.disconnect();
      } else {
        // Rendering in shadow roots is no mutation the observer sees: look again next task.
        waiting = false;
        setTimeout(look, 0);
      }
    });
  };
  const observer = new MutationObserver(look);
  observer.observe(document, { childList: true, subtree: true });
})();`;
}
