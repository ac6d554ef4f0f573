// The browser figures, in headless Chromium on the replica: time to help, load cost with and
// without the mashup, one keystroke, leaks over many switches and re-renders, and what is left
// running off the editor.
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright';
import type { Replica } from '../replica/server.js';
import { scenarioUrl } from '../replica/testing.js';
import { ROOT } from './build.js';
import { MASHUP_NAME } from '../../mashup.config.js';
import { RUNNING, TIME_TO_HELP, pluginsStatusScript } from './page-scripts.js';
import { countdownsShown, removeRecords, statusNames, writeRecords } from './plugins-records.js';
import { summarize, type Summary } from './stats.js';
import { CASES_IN_PAGE } from './values.js';

export interface Env {
  browser: Browser;
  replica: Replica;
  mashupFile: string;
}

/** The page as it is without our mashup (the editor, itself a mashup, still there). */
export const WITHOUT_OURS = 'replica=no-assistant';

/** The scenario that opens on Google OAuth (a stored profile, signed in, secret stored). */
export const GOOGLE_SCENARIO = 'google-stored-secret';
const HELP_TIMEOUT_MS = 15_000;

interface BenchWindow {
  __bench: {
    formAt: number | null;
    helpAt: number | null;
    longTasks: { start: number; duration: number; container: string }[];
  };
  __running: { snapshot(): RunningSnapshot };
  __replica: {
    rerender(): void;
    mashups: { name: string; ran: boolean; error: string | null }[];
    editorState: string;
  };
}
declare const window: BenchWindow & Window;

export interface RunningSnapshot {
  observersCreated: number;
  observersObserving: number;
  observerCallbacks: number;
  pendingTimeouts: number;
  liveIntervals: number;
}

async function withPage<T>(
  context: BrowserContext,
  scripts: string[],
  fn: (page: Page, cdp: CDPSession) => Promise<T>,
): Promise<T> {
  const page = await context.newPage();
  try {
    for (const content of scripts) await page.addInitScript({ content });
    const cdp = await context.newCDPSession(page);
    return await fn(page, cdp);
  } finally {
    await page.close();
  }
}

async function waitForHelp(page: Page, withMashup: boolean): Promise<void> {
  if (withMashup) {
    await page.waitForFunction(() => window.__bench?.helpAt != null, undefined, {
      timeout: HELP_TIMEOUT_MS,
    });
  } else {
    await page.waitForFunction(() => window.__bench?.formAt != null, undefined, {
      timeout: HELP_TIMEOUT_MS,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Time to help

export interface TimeToHelp {
  scenario: string;
  loads: number;
  /** How long the replica held the profile GET back (0: answered at once, as by default). */
  profileDelayMs: number;
  layouts: {
    layout: 'split' | 'paste';
    /** ms from #authDropDown appearing to our elements rendered. */
    formToHelp: Summary;
    /** ms from navigation start to the editor's form appearing (the host's own time, context). */
    navigationToForm: Summary;
  }[];
}

/**
 * The split install and the paste file, loads interleaved so that drift hits both alike. With
 * `profileDelayMs`, the replica answers the editor's profile GET that much later (a real
 * server's answer is not instant; the replica's is), so the form comes later after the scripts.
 */
export async function timeToHelp(env: Env, loads: number, profileDelayMs = 0): Promise<TimeToHelp> {
  const context = await env.browser.newContext();
  try {
    const layouts = ['split', 'paste'] as const;
    const samples = layouts.map(() => ({ formToHelp: [] as number[], form: [] as number[] }));
    // One unmeasured load each fills the HTTP cache for the libraries, as on a returning admin.
    for (let i = 0; i < loads + 1; i++) {
      for (const [index, layout] of layouts.entries()) {
        await withPage(context, [TIME_TO_HELP], async (page) => {
          const delay = profileDelayMs > 0 ? `&profileDelay=${profileDelayMs}` : '';
          await page.goto(scenarioUrl(env.replica, GOOGLE_SCENARIO, `replica=${layout}${delay}`));
          await waitForHelp(page, true);
          const b = await page.evaluate(() => window.__bench);
          if (i > 0) {
            samples[index]!.formToHelp.push(b.helpAt! - b.formAt!);
            samples[index]!.form.push(b.formAt!);
          }
        });
      }
    }
    return {
      scenario: GOOGLE_SCENARIO,
      loads,
      profileDelayMs,
      layouts: layouts.map((layout, index) => ({
        layout,
        formToHelp: summarize(samples[index]!.formToHelp),
        navigationToForm: summarize(samples[index]!.form),
      })),
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Off-editor script time: what every other Targetprocess page pays

export interface OffEditorScript {
  page: string;
  loads: number;
  sides: { layout: 'none' | 'split' | 'paste'; scriptMs: Summary; taskMs: Summary }[];
  /**
   * From traced loads of the same page: main-thread time in our own files (compile, run and
   * the callbacks they registered), by URL. The page's script time differs between loads by
   * far more than the loader costs, so a ratio of two medians cannot tell ×1.01 from ×1.05;
   * this attributes our share directly.
   */
  traced: { layout: 'split' | 'paste' | 'one-line'; oursMs: Summary }[];
}

/**
 * A page that is neither the editor nor Settings > Plugins (the replica's Board, as most
 * Targetprocess pages are) with no mashup at all (?nomashups), with the split install's loader
 * and with the paste file: main-thread script time from navigation to 500 ms after load (the
 * loader's look for the editor is still running then), loads interleaved.
 */
export async function offEditorScript(env: Env, loads: number): Promise<OffEditorScript> {
  const context = await env.browser.newContext();
  const layouts = [
    ['none', 'nomashups'],
    ['split', 'replica=split'],
    ['paste', 'replica=paste'],
  ] as const;
  const samples = layouts.map(() => ({ script: [] as number[], task: [] as number[] }));
  try {
    for (let i = 0; i < loads + 1; i++) {
      for (const [index, [, query]] of layouts.entries()) {
        await withPage(context, [], async (page, cdp) => {
          await cdp.send('Performance.enable');
          await page.goto(`${env.replica.url}/RestUI/Board.aspx?${query}`);
          await page.waitForTimeout(500);
          const m = await metricsOf(cdp);
          if (i > 0) {
            samples[index]!.script.push((m.ScriptDuration ?? NaN) * 1000);
            samples[index]!.task.push((m.TaskDuration ?? NaN) * 1000);
          }
        });
      }
    }
    const traced: OffEditorScript['traced'] = [];
    // The smallest mashup there is (one registration that does nothing) is the floor: what
    // any mashup costs the page, before a line of its own runs.
    const traceLayouts = [
      ['split', 'split', OUR_FOLDERS],
      ['paste', 'paste', OUR_FOLDERS],
      ['one-line', 'one-line-mashup', '/JavaScript/Mashups/one-line-mashup/'],
    ] as const;
    for (const [layout, query, folder] of traceLayouts) {
      const ours: number[] = [];
      for (let i = 0; i < loads; i++) {
        ours.push(
          await withPage(context, [], async (page) => {
            await env.browser.startTracing(page, { categories: TRACE_CATEGORIES });
            await page.goto(`${env.replica.url}/RestUI/Board.aspx?replica=${query}`);
            await page.waitForTimeout(500);
            const events = traceEvents(await env.browser.stopTracing());
            const mine = eventsOf(events, folder);
            if (mine.length === 0) throw new Error(`the ${layout} trace shows none of our files`);
            return unionLength(mine.map((e) => [e.ts, e.ts + e.dur!])) / 1000;
          }),
        );
      }
      traced.push({ layout, oursMs: summarize(ours) });
    }
    return {
      page: 'Board (neither editor nor Plugins)',
      loads,
      sides: layouts.map(([layout], index) => ({
        layout,
        scriptMs: summarize(samples[index]!.script),
        taskMs: summarize(samples[index]!.task),
      })),
      traced,
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// The Plugins page: connection statuses (issue 12)

export interface PluginsPageBench {
  /** The page's query (many= bulk profiles, listDelay=). */
  query: string;
  /** Google profiles on the page: the replica's fixtures plus `bulk` bulk ones. */
  googleProfiles: number;
  bulk: number;
  loads: number;
  /** ms from the first li.tau-profileName to every status shown (split install). */
  listToStatuses: Summary;
  /** ms from navigation to the list appearing (the page's own time, context). */
  navigationToList: Summary;
  /** When the script time is read: this many ms after the list appeared (or later, when shown). */
  readAfterListMs: number;
  withAssistant: { scriptMs: Summary; taskMs: Summary };
  withoutAssistant: { scriptMs: Summary; taskMs: Summary };
  /** Long tasks > 50 ms between the list appearing and every status shown, over all loads. */
  longTasksWhileShowing: number;
  /**
   * The same page with a sign-in record for each Google profile (issue 20), loads interleaved
   * with the ones above: list -> every status shown, its countdown included.
   */
  withRecords?: {
    records: number;
    /** Statuses that show the records' countdown (the fixtures not signed in show none). */
    countdowns: number;
    listToStatuses: Summary;
    scriptMs: Summary;
    taskMs: Summary;
    longTasksWhileShowing: number;
  };
}

const PLUGINS_LIST_DELAY_MS = 300;
const PLUGINS_READ_AFTER_LIST_MS = 1000;

interface PluginsWindow {
  __pluginsBench: {
    listAt: number | null;
    shownAt: number | null;
    shown: number;
    longTasks: { start: number; duration: number }[];
  };
}

/** The Google profiles the page shows a status for, with no bulk ones: a settled count. */
async function statusesWithoutBulk(env: Env, context: BrowserContext): Promise<number> {
  return withPage(context, [pluginsStatusScript(Number.MAX_SAFE_INTEGER)], async (page) => {
    await page.goto(`${env.replica.url}/Admin/Plugins.aspx?listDelay=${PLUGINS_LIST_DELAY_MS}`);
    let last = -1;
    let count = 0;
    // Settled: the same number for 1.5 s running (the replica answers within milliseconds).
    for (let stable = 0; stable < 3;) {
      await page.waitForTimeout(500);
      count = await page.evaluate(() => document.querySelectorAll('tpgo-connection-status').length);
      stable = count === last && count > 0 ? stable + 1 : 0;
      last = count;
    }
    return count;
  });
}

/**
 * Settings > Plugins with `target` Google profiles (the replica's fixtures topped up with bulk
 * ones): the time from the list appearing to every status shown, and the page's main-thread
 * script time with the assistant (split install) and without it (replica=no-assistant), read
 * at the same moment after the list appeared on both sides. Loads interleaved.
 */
/** The Google profiles' names on the page, and how many show a countdown once recorded. */
async function recordedCountdowns(
  env: Env,
  context: BrowserContext,
  query: string,
  expected: number,
): Promise<{ names: string[]; countdowns: number }> {
  return withPage(context, [pluginsStatusScript(expected)], async (page) => {
    await page.goto(`${env.replica.url}/Admin/Plugins.aspx?${query}`);
    await page.waitForFunction(
      () => (window as unknown as PluginsWindow).__pluginsBench?.shownAt != null,
      undefined,
      { timeout: HELP_TIMEOUT_MS, polling: 50 },
    );
    const names = await statusNames(page);
    await writeRecords(env.replica.url, names);
    await page.reload();
    let last = -1;
    let count = 0;
    // Settled: the same number for 1.5 s running.
    for (let stable = 0; stable < 3;) {
      await page.waitForTimeout(500);
      count = await countdownsShown(page);
      stable = count === last && count > 0 ? stable + 1 : 0;
      last = count;
    }
    return { names, countdowns: count };
  });
}

export async function pluginsPage(
  env: Env,
  loads: number,
  target: number,
  withRecords = false,
): Promise<PluginsPageBench> {
  const context = await env.browser.newContext();
  let recorded: string[] = [];
  try {
    const base = await statusesWithoutBulk(env, context);
    const bulk = Math.max(0, target - base);
    const expected = base + bulk;
    const query = `listDelay=${PLUGINS_LIST_DELAY_MS}${bulk > 0 ? `&many=${bulk}` : ''}`;
    const sides: { assistant: boolean; records: boolean; query: string }[] = [
      { assistant: true, records: false, query },
      { assistant: false, records: false, query: `${query}&${WITHOUT_OURS}` },
    ];
    let countdowns = 0;
    if (withRecords) {
      ({ names: recorded, countdowns } = await recordedCountdowns(env, context, query, expected));
      if (countdowns === 0) throw new Error('no record was counted');
      sides.push({ assistant: true, records: true, query });
    }
    let stored = recorded.length > 0;
    const samples = sides.map(() => ({ script: [] as number[], task: [] as number[] }));
    const toStatuses: number[] = [];
    const toStatusesRecorded: number[] = [];
    const toList: number[] = [];
    let longWhileShowing = 0;
    let longWhileShowingRecorded = 0;
    // One unmeasured load each fills the HTTP cache, as on a returning admin.
    for (let i = 0; i < loads + 1; i++) {
      for (const [index, s] of sides.entries()) {
        // The records are there for their side only, written or removed between loads.
        if (stored !== s.records && recorded.length > 0) {
          if (s.records) await writeRecords(env.replica.url, recorded);
          else await removeRecords(env.replica.url, recorded);
          stored = s.records;
        }
        const script = pluginsStatusScript(expected, s.records ? countdowns : 0);
        await withPage(context, [script], async (page, cdp) => {
          await cdp.send('Performance.enable');
          await page.goto(`${env.replica.url}/Admin/Plugins.aspx?${s.query}`);
          await page.waitForFunction(
            (key) => (window as unknown as PluginsWindow).__pluginsBench?.[key] != null,
            s.assistant ? ('shownAt' as const) : ('listAt' as const),
            { timeout: HELP_TIMEOUT_MS, polling: 50 },
          );
          const listAt = await page.evaluate(
            () => (window as unknown as PluginsWindow).__pluginsBench.listAt!,
          );
          // The same moment on both sides: late work of either is counted.
          const now = await page.evaluate(() => performance.now());
          const readAt = listAt + PLUGINS_READ_AFTER_LIST_MS;
          if (readAt > now) await page.waitForTimeout(readAt - now);
          const m = await metricsOf(cdp);
          const b = await page.evaluate(() => (window as unknown as PluginsWindow).__pluginsBench);
          if (i === 0) return;
          samples[index]!.script.push((m.ScriptDuration ?? NaN) * 1000);
          samples[index]!.task.push((m.TaskDuration ?? NaN) * 1000);
          const long = b.longTasks.filter(
            (t) => t.start < b.shownAt! && t.start + t.duration > b.listAt!,
          ).length;
          if (s.records) {
            toStatusesRecorded.push(b.shownAt! - b.listAt!);
            longWhileShowingRecorded += long;
          } else if (s.assistant) {
            toStatuses.push(b.shownAt! - b.listAt!);
            toList.push(b.listAt!);
            longWhileShowing += long;
          }
        });
      }
    }
    const summary = (index: number) => ({
      scriptMs: summarize(samples[index]!.script),
      taskMs: summarize(samples[index]!.task),
    });
    return {
      query,
      googleProfiles: expected,
      bulk,
      loads,
      listToStatuses: summarize(toStatuses),
      navigationToList: summarize(toList),
      readAfterListMs: PLUGINS_READ_AFTER_LIST_MS,
      withAssistant: summary(0),
      withoutAssistant: summary(1),
      longTasksWhileShowing: longWhileShowing,
      ...(withRecords
        ? {
            withRecords: {
              records: recorded.length,
              countdowns,
              listToStatuses: summarize(toStatusesRecorded),
              ...summary(2),
              longTasksWhileShowing: longWhileShowingRecorded,
            },
          }
        : {}),
    };
  } finally {
    await removeRecords(env.replica.url, recorded).catch(() => undefined);
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Load cost with and without the mashup

export interface LoadSide {
  /** CDP Performance.getMetrics, ms, medians over the loads. */
  scriptMs: Summary;
  taskMs: Summary;
  jsHeapUsedKB: Summary;
  longTasks: number;
  longestTaskMs: number;
  /** Long tasks overlapping the window from the form appearing to our help rendered. */
  longTasksWhileHelping: number;
}

export interface LoadCost {
  scenario: string;
  loadsEach: number;
  withMashup: LoadSide;
  withoutMashup: LoadSide;
  /** From one traced load: main-thread time in the mashup's own script. */
  trace: {
    mashupMs: number;
    mashupEvaluateMs: number;
    longTasks: { durationMs: number; mashupMs: number }[];
  } | null;
  traceError?: string;
}

async function metricsOf(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

async function oneLoad(env: Env, context: BrowserContext, withMashup: boolean) {
  return withPage(context, [TIME_TO_HELP], async (page, cdp) => {
    await cdp.send('Performance.enable');
    await page.goto(scenarioUrl(env.replica, GOOGLE_SCENARIO, withMashup ? '' : WITHOUT_OURS));
    await waitForHelp(page, withMashup);
    // The same quiet time after both, so late work on either side is counted.
    await page.waitForTimeout(400);
    const m = await metricsOf(cdp);
    const b = await page.evaluate(() => window.__bench);
    return {
      scriptMs: (m.ScriptDuration ?? NaN) * 1000,
      taskMs: (m.TaskDuration ?? NaN) * 1000,
      heapKB: (m.JSHeapUsedSize ?? NaN) / 1024,
      longTasks: b.longTasks,
      formAt: b.formAt ?? NaN,
      helpAt: b.helpAt ?? b.formAt ?? NaN,
    };
  });
}

function side(samples: Awaited<ReturnType<typeof oneLoad>>[]): LoadSide {
  const long = samples.flatMap((s) => s.longTasks);
  return {
    scriptMs: summarize(samples.map((s) => s.scriptMs)),
    taskMs: summarize(samples.map((s) => s.taskMs)),
    jsHeapUsedKB: summarize(samples.map((s) => s.heapKB)),
    longTasks: long.length,
    longestTaskMs: long.reduce((max, t) => Math.max(max, t.duration), 0),
    longTasksWhileHelping: samples.flatMap((s) =>
      s.longTasks.filter((t) => t.start < s.helpAt && t.start + t.duration > s.formAt),
    ).length,
  };
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

/** Total length of the union of [start, end) intervals. */
function unionLength(intervals: [number, number][]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [s, e] of sorted) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
];

/** Our files on the replica: the split install's folder and the paste file's. */
const OUR_FOLDERS = `/JavaScript/Mashups/${MASHUP_NAME}`;

function traceEvents(buffer: Buffer): TraceEvent[] {
  const parsed = JSON.parse(buffer.toString('utf8')) as { traceEvents?: TraceEvent[] };
  return (parsed.traceEvents ?? []).filter((e) => e.ph === 'X' && e.dur !== undefined);
}

/** Main-thread events of scripts whose URL holds `path`: compile, run, and their callbacks. */
function eventsOf(events: TraceEvent[], path: string): TraceEvent[] {
  const ours = events.filter(
    (e) =>
      (e.args?.data?.url ?? '').includes(path) &&
      ['EvaluateScript', 'FunctionCall', 'v8.compile', 'TimerFire'].includes(e.name),
  );
  if (ours.length === 0) return [];
  const thread = `${ours[0]!.pid}:${ours[0]!.tid}`;
  return ours.filter((e) => `${e.pid}:${e.tid}` === thread);
}

async function tracedLoad(env: Env, context: BrowserContext): Promise<LoadCost['trace']> {
  // Our scripts: the loader and the chunks it loads, all from the mashup's folder.
  const file = `/JavaScript/Mashups/${basename(env.mashupFile, '.js')}/`;
  return withPage(context, [TIME_TO_HELP], async (page) => {
    await env.browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.goto(scenarioUrl(env.replica, GOOGLE_SCENARIO));
    await waitForHelp(page, true);
    await page.waitForTimeout(400);
    const events = traceEvents(await env.browser.stopTracing());
    const mine = eventsOf(events, file);
    if (mine.length === 0) throw new Error('the trace shows no event from the mashup script');
    const thread = `${mine[0]!.pid}:${mine[0]!.tid}`;
    const intervals = mine.map((e) => [e.ts, e.ts + e.dur!] as [number, number]);
    const tasks = events.filter(
      (e) => e.name === 'RunTask' && `${e.pid}:${e.tid}` === thread && e.dur! > 50_000,
    );
    return {
      mashupMs: unionLength(intervals) / 1000,
      mashupEvaluateMs:
        unionLength(
          mine
            .filter((e) => e.name === 'EvaluateScript' || e.name === 'v8.compile')
            .map((e) => [e.ts, e.ts + e.dur!] as [number, number]),
        ) / 1000,
      longTasks: tasks.map((t) => ({
        durationMs: t.dur! / 1000,
        mashupMs:
          unionLength(
            intervals
              .map(([s, e]) => [Math.max(s, t.ts), Math.min(e, t.ts + t.dur!)] as [number, number])
              .filter(([s, e]) => e > s),
          ) / 1000,
      })),
    };
  });
}

export async function loadCost(env: Env, loadsEach: number): Promise<LoadCost> {
  const context = await env.browser.newContext();
  try {
    await oneLoad(env, context, true); // warm the HTTP cache and the browser
    const withSamples = [];
    const withoutSamples = [];
    for (let i = 0; i < loadsEach; i++) {
      // Interleaved, so drift in the machine's load hits both sides alike.
      withSamples.push(await oneLoad(env, context, true));
      withoutSamples.push(await oneLoad(env, context, false));
    }
    let trace: LoadCost['trace'] = null;
    let traceError: string | undefined;
    try {
      trace = await tracedLoad(env, context);
    } catch (error) {
      traceError = String(error instanceof Error ? error.message : error);
    }
    return {
      scenario: GOOGLE_SCENARIO,
      loadsEach,
      withMashup: side(withSamples),
      withoutMashup: side(withoutSamples),
      trace,
      ...(traceError ? { traceError } : {}),
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// One keystroke in the browser

export interface BrowserKeystroke {
  /** The rules bundle alone on a blank page: both checks, ms per keystroke. */
  /** Realistic samples are means over batches of 50 keystrokes (the page clock is coarse). */
  rulesOnly: { realistic: { name: string; ms: Summary }[]; worst: { name: string; ms: Summary }[] };
  /**
   * On the replica: an 'input' event on #Login until every tpgo-* element's Lit update is done
   * and layout is clean; with the mashup, and the same on the page without it (baseline).
   */
  onEditor: {
    withMashup: { realistic: Summary; worst: { name: string; ms: Summary }[] };
    withoutMashup: { realistic: Summary; worst: { name: string; ms: Summary }[] };
  };
}

type Times = { name: string; samples: number[] }[];

const RULES_IN_PAGE = (iterations: number, worstIterations: number) => `(async () => {
  const cases = ${CASES_IN_PAGE};
  const rules = globalThis.__benchRules;
  // performance.now() is coarsened in pages (about 0.1 ms): each sample is the mean of a batch.
  const run = (c, n, warm, batch) => {
    const samples = [];
    for (let i = 0; i < warm + n; i++) {
      const t0 = performance.now();
      for (let j = 0; j < batch; j++) {
        rules.checkClientId(c.clientId);
        rules.checkClientSecret(c.secret, { clientId: c.clientId });
      }
      const t1 = performance.now();
      if (i >= warm) samples.push((t1 - t0) / batch);
    }
    return { name: c.name, samples };
  };
  return {
    realistic: cases.realistic.map((c) => run(c, ${iterations}, 20, 50)),
    worst: cases.worst.map((c) => run(c, ${worstIterations}, 2, 1)),
  };
})()`;

const KEYSTROKE_ON_EDITOR = (iterations: number, worstIterations: number) => `(async () => {
  const cases = ${CASES_IN_PAGE};
  const login = document.getElementById('Login');
  const password = document.getElementById('Password');
  const settle = async () => {
    const els = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('tpgo-'));
    await Promise.all(els.map((el) => el.updateComplete));
    void document.body.offsetHeight;
  };
  const one = async (c) => {
    password.value = c.secret;
    login.value = c.clientId;
    const t0 = performance.now();
    login.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    return performance.now() - t0;
  };
  const realistic = [];
  for (let i = 0; i < ${iterations}; i++) realistic.push(await one(cases.realistic[i % cases.realistic.length]));
  const worst = [];
  for (const c of cases.worst) {
    const samples = [];
    for (let i = 0; i < ${worstIterations}; i++) samples.push(await one(c));
    worst.push({ name: c.name, samples });
  }
  login.value = cases.realistic[0].clientId;
  login.dispatchEvent(new Event('input', { bubbles: true }));
  return { realistic, worst };
})()`;

const summarizeTimes = (times: Times) =>
  times.map((t) => ({ name: t.name, ms: summarize(t.samples) }));

export async function keystrokeInBrowser(env: Env, rulesFile: string): Promise<BrowserKeystroke> {
  const context = await env.browser.newContext();
  try {
    const rulesOnly = await withPage(context, [], async (page) => {
      await page.setContent('<!doctype html><title>rules</title>');
      await page.addScriptTag({ content: await readFile(rulesFile, 'utf8') });
      const r = (await page.evaluate(RULES_IN_PAGE(200, 20))) as {
        realistic: Times;
        worst: Times;
      };
      return { realistic: summarizeTimes(r.realistic), worst: summarizeTimes(r.worst) };
    });
    const onEditor = async (withMashup: boolean) =>
      withPage(context, [TIME_TO_HELP], async (page) => {
        await page.goto(scenarioUrl(env.replica, GOOGLE_SCENARIO, withMashup ? '' : WITHOUT_OURS));
        await waitForHelp(page, withMashup);
        const r = (await page.evaluate(KEYSTROKE_ON_EDITOR(300, 10))) as {
          realistic: number[];
          worst: Times;
        };
        return { realistic: summarize(r.realistic), worst: summarizeTimes(r.worst) };
      });
    return {
      rulesOnly,
      onEditor: { withMashup: await onEditor(true), withoutMashup: await onEditor(false) },
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Leaks

export interface Counters {
  documents: number;
  nodes: number;
  jsEventListeners: number;
  jsHeapUsedKB: number;
  listenersOnDocument: number;
  listenersOnWindow: number;
  listenersOnLogin: number;
  tpgoElements: number;
  observersObserving: number;
  pendingTimeouts: number;
  liveIntervals: number;
  /** MutationObserver callbacks run since the page started (not a leak figure). */
  observerCallbacks: number;
}

export interface Leaks {
  rounds: number;
  rerenders: number;
  start: Counters;
  afterSwitching: Counters;
  end: Counters;
  /** Rounds in which the editor's own handler relabelled the field and our help came and went. */
  roundsVerified: number;
  rerendersVerified: number;
}

async function listenerCount(cdp: CDPSession, expression: string): Promise<number> {
  const { result } = await cdp.send('Runtime.evaluate', { expression });
  if (!result.objectId) return 0;
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
    objectId: result.objectId,
  });
  await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  return listeners.length;
}

async function counters(page: Page, cdp: CDPSession): Promise<Counters> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const running = await page.evaluate(() => window.__running.snapshot());
  return {
    documents: dom.documents,
    nodes: dom.nodes,
    jsEventListeners: dom.jsEventListeners,
    jsHeapUsedKB: heap.usedSize / 1024,
    listenersOnDocument: await listenerCount(cdp, 'document'),
    listenersOnWindow: await listenerCount(cdp, 'window'),
    listenersOnLogin: await listenerCount(cdp, "document.getElementById('Login')"),
    tpgoElements: await page.evaluate(
      () =>
        [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('tpgo-')).length,
    ),
    observersObserving: running.observersObserving,
    pendingTimeouts: running.pendingTimeouts,
    liveIntervals: running.liveIntervals,
    observerCallbacks: running.observerCallbacks,
  };
}

const SWITCH_ROUNDS = (rounds: number, mashup = true) => `(async () => {
  const mashup = ${mashup};
  const tick = () => new Promise((r) => setTimeout(r, 0));
  const caption = () => document.querySelector('span[name="LoginErrorLabel"]').parentElement.firstChild.nodeValue.trim();
  const set = (value) => {
    const select = document.getElementById('authDropDown');
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  };
  let verified = 0;
  for (let i = 0; i < ${rounds}; i++) {
    const away = i % 2 ? '2' : '';
    set(away);
    await tick();
    const awayOk = (!mashup || !document.querySelector('.tpgo-panel')) && !document.querySelector('tpgo-field-check') &&
      caption() === (away === '' ? 'Login' : 'Client id');
    set('1');
    await tick();
    const els = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('tpgo-'));
    await Promise.all(els.map((el) => el.updateComplete));
    const backOk = (!mashup || !!document.querySelector('.tpgo-panel')) && (!mashup || document.querySelectorAll('tpgo-field-check').length === 2) &&
      caption() === 'Client id';
    if (awayOk && backOk) verified += 1;
  }
  return verified;
})()`;

const RERENDERS = (count: number, mashup = true) => `(async () => {
  const mashup = ${mashup};
  const tick = () => new Promise((r) => setTimeout(r, 0));
  let verified = 0;
  for (let i = 0; i < ${count}; i++) {
    const before = document.getElementById('Login');
    window.__replica.rerender();
    await tick();
    await tick();
    const els = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('tpgo-'));
    await Promise.all(els.map((el) => el.updateComplete));
    const login = document.getElementById('Login');
    const fresh = login && login !== before;
    // The Client ID's check follows #Login, or the span the editor puts right after it.
    let next = login && login.nextElementSibling;
    if (next && next.localName === 'span') next = next.nextElementSibling;
    const ok = fresh && (!mashup || (next && next.localName === 'tpgo-field-check' &&
      document.querySelectorAll('.tpgo-panel').length === 1 && document.querySelectorAll('tpgo-field-check').length === 2));
    if (ok) verified += 1;
  }
  return verified;
})()`;

export async function leaks(
  env: Env,
  rounds: number,
  rerenders: number,
  withMashup = true,
): Promise<Leaks> {
  const context = await env.browser.newContext();
  try {
    return await withPage(context, [TIME_TO_HELP, RUNNING], async (page, cdp) => {
      await page.goto(scenarioUrl(env.replica, GOOGLE_SCENARIO, withMashup ? '' : WITHOUT_OURS));
      await waitForHelp(page, withMashup);
      // Warm-up: first-time caches (Lit's template cache, style sheets) are not leaks.
      await page.evaluate(SWITCH_ROUNDS(20, withMashup));
      await page.evaluate(RERENDERS(5, withMashup));
      await page.waitForTimeout(200);
      const start = await counters(page, cdp);
      const roundsVerified = (await page.evaluate(SWITCH_ROUNDS(rounds, withMashup))) as number;
      await page.waitForTimeout(200);
      const afterSwitching = await counters(page, cdp);
      const rerendersVerified = (await page.evaluate(RERENDERS(rerenders, withMashup))) as number;
      await page.waitForTimeout(200);
      const end = await counters(page, cdp);
      return { rounds, rerenders, start, afterSwitching, end, roundsVerified, rerendersVerified };
    });
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Off the editor

export interface OffEditorSide {
  mashupRan: boolean;
  afterLoad: Counters;
  afterGrace: Counters;
}

export interface OffEditor {
  graceMs: number;
  pages: {
    scenario: string;
    /**
     * The Email Integration editor's own address (an editor whose profile GET failed): there the
     * assistant keeps watching for a slow editor for minutes, bounded (issue 13 item 2).
     */
    editorAddress: boolean;
    /**
     * Settings > Plugins: there the assistant shows the connection statuses and follows the list
     * (it re-renders after a delete) for as long as the page is open (issue 12).
     */
    pluginsAddress: boolean;
    withMashup: OffEditorSide;
    withoutMashup: OffEditorSide;
  }[];
}

/** EDITOR_GRACE_MS as src/host/pages.ts states it (read, not imported, as the loader's own). */
export async function offEditorGraceMs(): Promise<number> {
  const source = await readFile(join(ROOT, 'src/host/pages.ts'), 'utf8');
  const match = /EDITOR_GRACE_MS\s*=\s*([\d_]+)/.exec(source);
  return match ? Number(match[1]!.replace(/_/g, '')) : 15_000;
}

export async function offEditor(env: Env, scenarios: string[]): Promise<OffEditor> {
  const graceMs = await offEditorGraceMs();
  const context = await env.browser.newContext();
  try {
    const one = (scenario: string, withMashup: boolean) =>
      withPage(context, [RUNNING], async (page, cdp): Promise<OffEditorSide> => {
        await page.goto(scenarioUrl(env.replica, scenario, withMashup ? '' : WITHOUT_OURS));
        const loadedAt = Date.now();
        await page.waitForFunction(() => window.__replica?.editorState !== 'pending', undefined, {
          timeout: HELP_TIMEOUT_MS,
        });
        await page.waitForTimeout(1000);
        const mashupRan = await page.evaluate(() => window.__replica.mashups.some((m) => m.ran));
        const afterLoad = await counters(page, cdp);
        await page.waitForTimeout(Math.max(0, loadedAt + graceMs + 1500 - Date.now()));
        const afterGrace = await counters(page, cdp);
        return { mashupRan, afterLoad, afterGrace };
      });
    // All pages at once: the grace is waited for once.
    const pages = await Promise.all(
      scenarios.map(async (scenario) => {
        const [withMashup, withoutMashup] = await Promise.all([
          one(scenario, true),
          one(scenario, false),
        ]);
        const editorAddress = /\/Admin\/EditProfileExt\.aspx\?/i.test(
          scenarioUrl(env.replica, scenario),
        );
        const pluginsAddress = /\/Admin\/Plugins\.aspx(\?|$)/i.test(
          scenarioUrl(env.replica, scenario),
        );
        return { scenario, editorAddress, pluginsAddress, withMashup, withoutMashup };
      }),
    );
    return { graceMs, pages };
  } finally {
    await context.close();
  }
}
