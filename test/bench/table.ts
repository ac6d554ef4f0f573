// The bench's one table: printed by `npm run bench` and written, the same text, into the
// README between its bench markers, so the README's figures are always those of the last run.

/** Section, figure, value, baseline, ratio or verdict. */
export type Row = [string, string, string, string, string];

export const README_START = '<!-- bench:start -->';
export const README_END = '<!-- bench:end -->';

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
