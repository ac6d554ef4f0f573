// `npm run bench`: builds what it measures, then measures bytes, time to help, load cost,
// keystroke cost, leaks, what is left running off the editor and the Plugins page's connection
// statuses; prints one table and writes it to test/bench/RESULTS.md, its figures to
// test/bench/results.json. Each section fails on its own ("n/a: reason") without stopping the others.
import { writeFile, rm } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { startReplica, type Replica } from '../replica/server.js';
import { launchChromium } from '../replica/testing.js';
import { buildAll, ROOT, type BenchBuild } from './build.js';
import { KB, measureBytes, type BytesResult } from './bytes.js';
import {
  keystrokeInBrowser,
  leaks,
  loadCost,
  offEditor,
  offEditorScript,
  pluginsPage,
  timeToHelp,
  type Counters,
  type Env,
  type TimeToHelp,
} from './browser.js';
import { RESULTS_FILE, renderTable, resultsFile, type Row } from './table.js';
import { keystrokeInNode } from './keystroke-node.js';
import type { Summary } from './stats.js';

const LOADS = Number(process.env.BENCH_LOADS ?? 10);
const LOADS_EACH = Number(process.env.BENCH_LOAD_PAIRS ?? 10);
const OFF_EDITOR_LOADS = Number(process.env.BENCH_OFF_EDITOR_LOADS ?? 10);
const PLUGINS_LOADS = Number(process.env.BENCH_PLUGINS_LOADS ?? 10);
/** Issue 12: the Plugins page with this many Google profiles. */
const PLUGINS_GOOGLE_PROFILES = 20;
const ROUNDS = 200;
/**
 * Time to help is measured twice: with the replica's instant profile GET, and with one answered
 * this much later. On a real Targetprocess the GET goes to the plugin's service and back, so the
 * editor's form does not follow the page's scripts at once (how much later there is
 * unmeasured); the split install's chunk then lands before the form does.
 */
const SLOWER_PROFILE_MS = 100;
const RERENDERS = 50;
const OFF_EDITOR_SCENARIOS = ['board', 'plugins', 'no-editor'];
/**
 * Off the editor, our files may cost at most this much main-thread time above the one-line
 * mashup on the same page (the floor of any mashup): a ratio to the page (the old ×1.01) is
 * below that floor.
 */
const OFF_EDITOR_GOAL_MS = 0.5;
/** Time to help, form -> help, at p95: one frame. */
const HELP_P95_GOAL_MS = 16;
/** The editor's main-thread script time after load, ours minus without: half of +24.6 ms. */
const EDITOR_LOAD_GOAL_MS = 24.6 / 2;

const rows: Row[] = [];
const results: Record<string, unknown> = {};

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const ms = (value: number) =>
  !Number.isFinite(value)
    ? 'n/a'
    : value >= 100
      ? `${value.toFixed(0)} ms`
      : value >= 1
        ? `${value.toFixed(1)} ms`
        : value >= 0.01
          ? `${value.toFixed(3)} ms`
          : `${(value * 1000).toFixed(2)} µs`;
const mp = (s: Summary) => `${ms(s.median)} / ${ms(s.p95)}`;

function timeToHelpRows(t: TimeToHelp, profile: string): void {
  for (const side of t.layouts) {
    rows.push([
      'Time to help',
      `${side.layout} install, ${profile}: form appears -> our elements rendered, median / p95 (${t.scenario})`,
      mp(side.formToHelp),
      `navigation -> form ${mp(side.navigationToForm)}`,
      `goal <= ${HELP_P95_GOAL_MS} ms p95 (one frame): ${side.formToHelp.p95 <= HELP_P95_GOAL_MS ? 'PASS' : 'MISSED'}, n=${t.loads}`,
    ]);
  }
}
const x = (a: number, b: number) => (b > 0 ? `×${(a / b).toFixed(2)}` : '');
const signed = (n: number, digits = 0) => `${n > 0 ? '+' : ''}${n.toFixed(digits)}`;

/**
 * `BENCH_ONLY=help,load` runs only the sections named (Build and Browser always run) and writes
 * no results: a partial run prints its rows only. Keys: bytes, keystroke, help, off, plugins,
 * load, leaks.
 */
const ONLY = process.env.BENCH_ONLY?.split(',').map((key) => key.trim()) ?? null;
const SECTION_KEYS: Record<string, string> = {
  Bytes: 'bytes',
  'Keystroke (node)': 'keystroke',
  'Keystroke (browser)': 'keystroke',
  'Time to help': 'help',
  'Time to help, slower profile GET': 'help',
  'Off-editor script time': 'off',
  'Off the editor': 'off',
  'Plugins page': 'plugins',
  'Load cost': 'load',
  Leaks: 'leaks',
};

async function section(name: string, fn: () => Promise<void>): Promise<void> {
  const key = SECTION_KEYS[name];
  if (ONLY && key && !ONLY.includes(key)) return;
  const started = performance.now();
  process.stderr.write(`bench: ${name}…\n`);
  try {
    await fn();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    rows.push([name, '(section)', `n/a: ${reason}`, '', '']);
    results[name] = { error: reason };
  }
  process.stderr.write(
    `bench: ${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

function bytesRows(b: BytesResult): void {
  const S = 'Bytes';
  for (const f of b.files) {
    const budget = f.budgetGzip === null ? '' : `gzip <= ${kb(f.budgetGzip)}`;
    rows.push([
      S,
      `file: ${f.file}`,
      `${kb(f.sizes.min)} min, ${kb(f.sizes.gzip)} gzip, ${kb(f.sizes.brotli)} brotli`,
      budget,
      f.verdict === null
        ? ''
        : `${f.verdict} (${signed((f.sizes.gzip - f.budgetGzip!) / KB, 1)} KB)`,
    ]);
  }
  rows.push([
    S,
    'editor chunk beside Lit alone',
    kb(b.editorChunk.gzip),
    `Lit alone ${kb(b.litAlone.gzip)}`,
    x(b.editorChunk.gzip, b.litAlone.gzip),
  ]);
  for (const p of b.parts) {
    rows.push([
      S,
      `editor chunk part: ${p.part}`,
      `${kb(p.min)} min`,
      `${kb(p.gzipMarginal)} gzip marginal`,
      `${((p.min / b.mashup.min) * 100).toFixed(0)}% of min`,
    ]);
  }
  rows.push([
    S,
    'editor chunk: unminified whitespace in css``/html`` templates',
    `${kb(b.templateWhitespace.min)} min`,
    `${kb(b.templateWhitespace.gzip)} gzip`,
    'saved by minifying templates',
  ]);
}

const SHORT: Partial<Record<keyof Counters, string>> = {
  nodes: 'nodes',
  jsEventListeners: 'listeners',
  listenersOnDocument: 'on document',
  listenersOnWindow: 'on window',
  listenersOnLogin: 'on #Login',
  tpgoElements: 'tpgo-*',
  observersObserving: 'observers',
  pendingTimeouts: 'timeouts',
  liveIntervals: 'intervals',
  documents: 'documents',
};

/**
 * Listeners, elements, observers and timers must not grow at all. DOM nodes and heap are noisy
 * by a few (GC timing), so they count as growth only when they scale with the rounds.
 */
function counterRows(
  S: string,
  label: string,
  count: number,
  a: Counters,
  b: Counters,
  baseA: Counters,
  baseB: Counters,
): void {
  const keys = Object.keys(SHORT) as (keyof Counters)[];
  const delta = (k: keyof Counters) => b[k] - a[k];
  const changed = keys.filter((k) => delta(k) !== 0);
  const grown = keys.filter((k) => (k === 'nodes' ? delta(k) >= count / 10 : delta(k) > 0));
  rows.push([
    S,
    `${label}: counts, end minus start`,
    changed.length === 0
      ? 'all 0'
      : changed.map((k) => `${SHORT[k]} ${signed(delta(k))}`).join(', '),
    `start: ${(['nodes', 'jsEventListeners', 'tpgoElements', 'observersObserving'] as const).map((k) => `${SHORT[k]} ${a[k]}`).join(', ')}`,
    grown.length === 0 ? 'no growth' : `GROWTH: ${grown.map((k) => SHORT[k]).join(', ')}`,
  ]);
  const heap = b.jsHeapUsedKB - a.jsHeapUsedKB;
  const baseHeap = baseB.jsHeapUsedKB - baseA.jsHeapUsedKB;
  const ours = heap - baseHeap;
  rows.push([
    S,
    `${label}: JS heap after GC, end minus start`,
    `${signed(heap, 0)} KB`,
    `without ours ${signed(baseHeap, 0)} KB`,
    `${ours > 256 ? 'GROWTH' : 'no growth'}: ${signed(ours, 0)} KB more (${signed((ours * 1024) / count, 0)} B/round; threshold 256 KB)`,
  ]);
}

async function main(): Promise<void> {
  const t0 = performance.now();
  let build: BenchBuild | null = null;
  let replica: Replica | null = null;
  let browser: Browser | null = null;
  results.machine = { cpus: cpus().length, node: process.version, platform: process.platform };

  await section('Build', async () => {
    build = await buildAll();
    results.build = { seconds: build.seconds };
    rows.push([
      'Build',
      'webpack (split install + paste file + Lit alone + rules)',
      `${build.seconds.toFixed(1)} s`,
      '',
      '',
    ]);
  });
  const built = build as BenchBuild | null;

  await section('Bytes', async () => {
    if (!built) throw new Error('no build');
    const b = await measureBytes({
      loaderFile: built.mashupFile,
      editorChunkFile: built.editorChunkFile,
      editorChunkMap: built.editorChunkMap,
      pasteFile: built.pasteFile,
      litAloneFile: built.litAloneFile,
    });
    results.bytes = b;
    bytesRows(b);
  });

  await section('Keystroke (node)', async () => {
    const k = keystrokeInNode();
    results.keystrokeNode = k;
    const slowest = (list: { name: string; ms: Summary }[]) =>
      list.reduce((a, b) => (b.ms.median > a.ms.median ? b : a));
    const r = slowest(k.realistic);
    const w = slowest(k.worst);
    rows.push([
      'Keystroke',
      'node: both checks, realistic (slowest case) median / p95',
      mp(r.ms),
      r.name,
      `n=${r.ms.n}`,
    ]);
    rows.push([
      'Keystroke',
      'node: both checks, 1 MB (slowest case) median / p95',
      mp(w.ms),
      w.name,
      `n=${w.ms.n}`,
    ]);
  });

  await section('Browser', async () => {
    if (!built) throw new Error('no build');
    [replica, browser] = await Promise.all([
      startReplica({ mashupFile: built.mashupFile, pasteFile: built.pasteFile }),
      launchChromium(),
    ]);
  });
  const env: Env | null =
    replica && browser && built
      ? { replica, browser, mashupFile: (built as BenchBuild).mashupFile }
      : null;

  await section('Time to help', async () => {
    if (!env) throw new Error('no browser or replica');
    const t = await timeToHelp(env, LOADS);
    results.timeToHelp = t;
    timeToHelpRows(t, 'the profile GET answered at once');
  });

  await section('Time to help, slower profile GET', async () => {
    if (!env) throw new Error('no browser or replica');
    const t = await timeToHelp(env, LOADS, SLOWER_PROFILE_MS);
    results.timeToHelpSlowerProfile = t;
    timeToHelpRows(t, `the profile GET answered after ${SLOWER_PROFILE_MS} ms`);
  });

  await section('Off-editor script time', async () => {
    if (!env) throw new Error('no browser or replica');
    const o = await offEditorScript(env, OFF_EDITOR_LOADS);
    results.offEditorScript = o;
    const none = o.sides.find((side) => side.layout === 'none')!;
    // Our share, attributed by URL in traced loads, over the page's script time without any
    // mashup: the issue's ratio, at a resolution the two medians below cannot give.
    const floor = o.traced.find((t) => t.layout === 'one-line');
    for (const t of o.traced) {
      const ratio = (none.scriptMs.median + t.oursMs.median) / none.scriptMs.median;
      const oneLine = t.layout === 'one-line';
      // Medians of a fraction of a millisecond: ours may land below the floor (noise).
      const overFloor = floor && !oneLine ? t.oursMs.median - floor.oursMs.median : null;
      const verdict =
        overFloor === null
          ? ''
          : `; ${ms(Math.abs(overFloor))} ${overFloor >= 0 ? 'above' : 'below'} the floor (goal <= +${OFF_EDITOR_GOAL_MS} ms: ${overFloor <= OFF_EDITOR_GOAL_MS ? 'PASS' : 'MISSED'})`;
      rows.push([
        'Off the editor',
        oneLine
          ? `${o.page}: main thread in the smallest mashup there is (one addMashup, nothing else): the floor of any mashup, median / p95`
          : `${o.page}: main thread in our files (trace: compile, run, callbacks), ${t.layout}, median / p95`,
        mp(t.oursMs),
        `no mashup: script time ${ms(none.scriptMs.median)}`,
        `×${ratio.toFixed(3)}${verdict}, n=${t.oursMs.n}`,
      ]);
    }
    for (const side of o.sides.filter((s) => s.layout !== 'none')) {
      const ratio = side.scriptMs.median / none.scriptMs.median;
      rows.push([
        'Off the editor',
        `${o.page}: main-thread script time (CDP ScriptDuration), ${side.layout}, median`,
        ms(side.scriptMs.median),
        `no mashup ${ms(none.scriptMs.median)}`,
        `×${ratio.toFixed(3)} (a ratio of two medians of the whole page: load-to-load noise is larger than the loader), n=${side.scriptMs.n}`,
      ]);
    }
  });

  await section('Plugins page', async () => {
    if (!env) throw new Error('no browser or replica');
    const p = await pluginsPage(env, PLUGINS_LOADS, PLUGINS_GOOGLE_PROFILES, true);
    results.pluginsPage = p;
    const S = 'Plugins page';
    rows.push([
      S,
      `${p.googleProfiles} Google profiles: list appears -> every status shown, median / p95`,
      mp(p.listToStatuses),
      `navigation -> list ${mp(p.navigationToList)}`,
      `n=${p.loads}, ${p.longTasksWhileShowing} long tasks meanwhile`,
    ]);
    const w = p.withAssistant.scriptMs.median;
    const o = p.withoutAssistant.scriptMs.median;
    rows.push([
      S,
      `${p.googleProfiles} Google profiles: main-thread script time (CDP ScriptDuration), median`,
      ms(w),
      `without ours ${ms(o)}`,
      `${signed(w - o, 1)} ms, ${x(w, o)}, n=${p.loads}`,
    ]);
    const r = p.withRecords;
    if (r) {
      rows.push([
        S,
        `${p.googleProfiles} Google profiles with sign-in records: list -> every status shown (${r.countdowns} countdowns), median / p95`,
        mp(r.listToStatuses),
        `without records ${mp(p.listToStatuses)}`,
        `${r.records} records, one storage list; n=${p.loads}, ${r.longTasksWhileShowing} long tasks meanwhile`,
      ]);
      rows.push([
        S,
        `${p.googleProfiles} Google profiles with sign-in records: main-thread script time, median`,
        ms(r.scriptMs.median),
        `without records ${ms(w)}`,
        `${signed(r.scriptMs.median - w, 1)} ms, n=${p.loads}`,
      ]);
    }
  });

  await section('Load cost', async () => {
    if (!env) throw new Error('no browser or replica');
    const l = await loadCost(env, LOADS_EACH);
    results.loadCost = l;
    const S = 'Load cost';
    const w = l.withMashup;
    const o = l.withoutMashup;
    const added = w.scriptMs.median - o.scriptMs.median;
    rows.push([
      S,
      'editor: main-thread script time after load (CDP ScriptDuration), median, beside the page without the assistant',
      ms(w.scriptMs.median),
      `without ours ${ms(o.scriptMs.median)}`,
      `${signed(added, 1)} ms, ${x(w.scriptMs.median, o.scriptMs.median)} (goal <= +${EDITOR_LOAD_GOAL_MS.toFixed(1)} ms, half of today's +24.6 ms: ${added <= EDITOR_LOAD_GOAL_MS ? 'PASS' : 'MISSED'})`,
    ]);
    rows.push([
      S,
      'main-thread task time (CDP TaskDuration), median',
      ms(w.taskMs.median),
      `without ours ${ms(o.taskMs.median)}`,
      `${signed(w.taskMs.median - o.taskMs.median, 1)} ms, ${x(w.taskMs.median, o.taskMs.median)}`,
    ]);
    rows.push([
      S,
      'JS heap used after load, median',
      `${w.jsHeapUsedKB.median.toFixed(0)} KB`,
      `without ours ${o.jsHeapUsedKB.median.toFixed(0)} KB`,
      `${signed(w.jsHeapUsedKB.median - o.jsHeapUsedKB.median)} KB`,
    ]);
    rows.push([
      S,
      `long tasks > 50 ms over ${l.loadsEach} loads (longest)`,
      `${w.longTasks} (${ms(w.longestTaskMs)})`,
      `without ours ${o.longTasks} (${ms(o.longestTaskMs)})`,
      w.longTasks > o.longTasks ? 'more with mashup' : 'none added',
    ]);
    rows.push([
      S,
      'long tasks overlapping form -> help (our work)',
      `${w.longTasksWhileHelping} in ${l.loadsEach} loads`,
      '',
      w.longTasksWhileHelping > 0 ? 'overlap: see the trace rows for our share' : 'none',
    ]);
    if (l.trace) {
      rows.push([
        S,
        'trace: main thread in the mashup script (compile+run / all)',
        `${ms(l.trace.mashupEvaluateMs)} / ${ms(l.trace.mashupMs)}`,
        '',
        'one traced load',
      ]);
      const long = l.trace.longTasks;
      rows.push([
        S,
        'trace: tasks > 50 ms, and the mashup ms inside them',
        long.length
          ? long.map((t) => `${ms(t.durationMs)} (mashup ${ms(t.mashupMs)})`).join('; ')
          : 'none',
        '',
        long.some((t) => t.mashupMs > 50) ? 'MASHUP > 50 ms in one task' : 'mashup < 50 ms in each',
      ]);
    } else {
      rows.push([
        S,
        'trace: main thread in the mashup script',
        `n/a: ${l.traceError ?? 'no trace'}`,
        '',
        '',
      ]);
    }
  });

  await section('Keystroke (browser)', async () => {
    if (!env || !built) throw new Error('no browser or replica');
    const k = await keystrokeInBrowser(env, (built as BenchBuild).rulesFile);
    results.keystrokeBrowser = k;
    const slowest = (list: { name: string; ms: Summary }[]) =>
      list.reduce((a, b) => (b.ms.median > a.ms.median ? b : a));
    const r = slowest(k.rulesOnly.realistic);
    const w = slowest(k.rulesOnly.worst);
    rows.push([
      'Keystroke',
      'browser: both checks (rules bundle), realistic median / p95',
      mp(r.ms),
      r.name,
      `n=${r.ms.n}`,
    ]);
    rows.push([
      'Keystroke',
      'browser: both checks (rules bundle), 1 MB median / p95',
      mp(w.ms),
      w.name,
      `n=${w.ms.n}`,
    ]);
    const on = k.onEditor;
    rows.push([
      'Keystroke',
      'editor: input on #Login -> elements updated + layout, realistic',
      mp(on.withMashup.realistic),
      `without ours ${mp(on.withoutMashup.realistic)}`,
      `n=${on.withMashup.realistic.n}`,
    ]);
    const ew = slowest(on.withMashup.worst);
    const bw = on.withoutMashup.worst.find((c) => c.name === ew.name);
    rows.push([
      'Keystroke',
      'editor: same, 1 MB (slowest case)',
      mp(ew.ms),
      `without ours ${bw ? mp(bw.ms) : 'n/a'}`,
      `${ew.name}, n=${ew.ms.n}`,
    ]);
  });

  await section('Leaks', async () => {
    if (!env) throw new Error('no browser or replica');
    const l = await leaks(env, ROUNDS, RERENDERS);
    const base = await leaks(env, ROUNDS, RERENDERS, false);
    results.leaks = { withMashup: l, withoutMashup: base };
    const S = 'Leaks';
    rows.push([
      S,
      `checks that the switching and re-renders really happened`,
      `${l.roundsVerified}/${l.rounds} rounds, ${l.rerendersVerified}/${l.rerenders} re-renders`,
      `without ours ${base.roundsVerified}/${base.rounds}, ${base.rerendersVerified}/${base.rerenders}`,
      l.roundsVerified === l.rounds && l.rerendersVerified === l.rerenders
        ? 'all verified'
        : 'NOT ALL VERIFIED',
    ]);
    counterRows(
      S,
      `${l.rounds} method switches`,
      l.rounds,
      l.start,
      l.afterSwitching,
      base.start,
      base.afterSwitching,
    );
    counterRows(
      S,
      `${l.rerenders} editor re-renders`,
      l.rerenders,
      l.afterSwitching,
      l.end,
      base.afterSwitching,
      base.end,
    );
  });

  await section('Off the editor', async () => {
    if (!env) throw new Error('no browser or replica');
    const o = await offEditor(env, OFF_EDITOR_SCENARIOS);
    results.offEditor = o;
    const S = 'Off the editor';
    for (const p of o.pages) {
      for (const [when, label] of [
        ['afterLoad', '1 s after load'],
        ['afterGrace', `after the ${o.graceMs / 1000} s grace`],
      ] as const) {
        const w = p.withMashup[when];
        const b = p.withoutMashup[when];
        const extra = {
          listeners: w.jsEventListeners - b.jsEventListeners,
          observers: w.observersObserving - b.observersObserving,
          timeouts: w.pendingTimeouts - b.pendingTimeouts,
          intervals: w.liveIntervals - b.liveIntervals,
        };
        const left = Object.entries(extra)
          .filter(([, v]) => v > 0)
          .map(([k]) => k);
        // Nodes are shown, not judged: the replica adds the mashup's own <script> tag.
        const value = `${Object.entries(extra)
          .map(([k, v]) => `${k} ${signed(v)}`)
          .join(
            ', ',
          )}; nodes ${signed(w.nodes - b.nodes)}; observer callbacks ${w.observerCallbacks}`;
        rows.push([
          S,
          `${p.scenario}, ${label}: mashup minus without ours`,
          value,
          `mashup ran: ${p.withMashup.mashupRan}`,
          left.length === 0
            ? 'nothing left running'
            : p.pluginsAddress
              ? `the Plugins page: its statuses follow the list, by design (issue 12): ${left.join(', ')}`
              : when === 'afterLoad'
                ? `still looking for the editor (grace): ${left.join(', ')}`
                : p.editorAddress
                  ? `the editor's address: watching for a slow editor (at most 5 min): ${left.join(', ')}`
                  : `LEFT RUNNING: ${left.join(', ')}`,
        ]);
      }
    }
  });

  const seconds = (performance.now() - t0) / 1000;
  rows.push([
    'Bench',
    'total wall time',
    `${seconds.toFixed(0)} s`,
    `${cpus().length} CPUs`,
    seconds < 300 ? 'under 5 min' : 'OVER 5 min',
  ]);
  results.totalSeconds = seconds;
  results.rows = rows;

  await Promise.allSettled([
    (browser as Browser | null)?.close(),
    (replica as Replica | null)?.close(),
    built ? rm((built as BenchBuild).dir, { recursive: true, force: true }) : undefined,
  ]);
  process.stdout.write(`${renderTable(rows)}\n`);
  if (ONLY) return; // A partial run: its rows are printed, no results file is overwritten.
  await writeFile(join(ROOT, 'test/bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  // The full table goes to RESULTS.md: the figures of the last run, never stale ones.
  await writeFile(join(ROOT, RESULTS_FILE), resultsFile(rows));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
