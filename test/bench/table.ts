// The bench's one table: printed by `npm run bench` and written, the same text, to
// test/bench/RESULTS.md, so its figures are always those of the last run. The README holds no
// bench block (the markers below are what a test makes sure it never gets again).

/** Section, figure, value, baseline, ratio or verdict. */
export type Row = [string, string, string, string, string];

export const README_START = '<!-- bench:start -->';
export const README_END = '<!-- bench:end -->';

export const RESULTS_FILE = 'test/bench/RESULTS.md';
export const RESULTS_HEADING = '# Bench results: the full table of the last `npm run bench`';

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
