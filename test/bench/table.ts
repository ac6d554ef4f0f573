// The bench's one table: printed by `npm run bench` and written, the same text, to
// test/bench/RESULTS.md; the README's bench block holds a summary of it (`summaryRows`), so the
// figures in both are always those of the last run.

/** Section, figure, value, baseline, ratio or verdict. */
export type Row = [string, string, string, string, string];

export const README_START = '<!-- bench:start -->';
export const README_END = '<!-- bench:end -->';

export const RESULTS_FILE = 'test/bench/RESULTS.md';
export const RESULTS_HEADING = '# Bench results: the full table of the last `npm run bench`';

/**
 * The README's summary, in this order whatever the order of the bench's rows: first every
 * section that failed (its '(section)' row, "n/a: reason"), then each entry's rows, in their own
 * order. A row is shown once.
 */
export const SUMMARY: readonly { what: string; picks: (row: Row) => boolean }[] = [
  {
    what: 'Bytes: each file held to a gzip budget, and its verdict',
    picks: ([section, figure, , budget]) =>
      section === 'Bytes' && figure.startsWith('file: ') && budget !== '',
  },
  {
    what: 'Off the editor: main-thread time in our files, the loader beside the paste file',
    picks: ([section, figure]) =>
      section === 'Off the editor' &&
      (figure.includes('main thread in our files') || figure.includes('the floor of any mashup')),
  },
  { what: 'Time to help, split install and paste file', picks: ([s]) => s === 'Time to help' },
  {
    what: "Load cost: the editor's main-thread script time after load, beside the page without us",
    picks: ([section, figure]) => section === 'Load cost' && figure.startsWith('editor: '),
  },
  {
    what: 'Keystroke: input on #Login in the editor, realistic',
    picks: ([section, figure]) => section === 'Keystroke' && figure.startsWith('editor: input'),
  },
  { what: 'Plugins page: every row', picks: ([section]) => section === 'Plugins page' },
  {
    what: 'Bench: total wall time',
    picks: ([section, figure]) => section === 'Bench' && figure === 'total wall time',
  },
];

const FAILED = '(section)';

/** The README's short table: failed sections, then the SUMMARY's rows, in its order. */
export function summaryRows(rows: readonly Row[]): Row[] {
  const failed = rows.filter(([, figure]) => figure === FAILED);
  const picked = SUMMARY.flatMap(({ picks }) =>
    rows.filter((row) => row[1] !== FAILED && picks(row)),
  );
  return [...new Set([...failed, ...picked])];
}

/** The text of RESULTS.md: its heading line, then the full table. */
export function resultsFile(rows: readonly Row[]): string {
  return `${RESULTS_HEADING}\n\n${renderTable(rows)}\n`;
}

export function renderTable(rows: readonly Row[]): string {
  const header: Row = ['Section', 'Figure', 'Value', 'Baseline (same run)', 'Ratio / verdict'];
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i]!.length)));
  const line = (row: Row) => `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

/** The README with its bench block replaced by `table`; unchanged when it has no markers. */
export function withBenchTable(readme: string, table: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) return readme;
  return `${readme.slice(0, start + README_START.length)}\n${table}\n${readme.slice(end)}`;
}

/** The table in the README's bench block, or undefined. */
export function readmeTable(readme: string): string | undefined {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) return undefined;
  return readme.slice(start + README_START.length, end).trim();
}
