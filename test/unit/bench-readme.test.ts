// The bench's figures live in the files the bench writes (RESULTS.md, results.json), never in
// prose that would need a commit after every run: the README quotes no bench figure, and no
// page under docs/ quotes a figure of the last run (docs/bench.md's Budgets table holds goals,
// not results).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  README_END,
  README_START,
  RESULTS_FILE,
  RESULTS_HEADING,
  readmeTable,
  renderTable,
  resultsFile,
  summaryRows,
  withBenchTable,
  type Row,
} from '../bench/table.js';

const committed = () =>
  (JSON.parse(readFileSync('test/bench/results.json', 'utf8')) as { rows: Row[] }).rows;

/** Every "number unit" figure in a text: 31.6 KB, 0.679 ms, 166 s. */
function figures(text: string): string[] {
  return [...text.matchAll(/(?<![\w.])(\d+(?:\.\d+)?) ?(KB|MB|ms|s)\b/g)].map(
    ([, n, unit]) => `${n} ${unit}`,
  );
}

/** The figures the last run measured: its Value and Baseline cells. */
const measured = () => new Set(committed().flatMap((row) => figures(`${row[2]} ${row[3]}`)));

/** docs/bench.md without its Budgets section (goals, not results). */
const withoutBudgets = (text: string) =>
  text.replace(/^## Budgets\n[\s\S]*?(?=^## |(?![\s\S]))/m, '');

const docsPages = () =>
  readdirSync('docs')
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`);

describe('the bench figures of the last committed `npm run bench`', () => {
  it('RESULTS.md: a heading line and the whole table', () => {
    const text = readFileSync(RESULTS_FILE, 'utf8');
    expect(text).toBe(resultsFile(committed()));
    expect(text.startsWith(`${RESULTS_HEADING}\n`)).toBe(true);
    expect(text).toContain(renderTable(committed()));
  });

  it('the README quotes no bench figure and holds no bench block', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).not.toContain(README_START);
    expect(readme).not.toContain(README_END);
    expect(figures(readme.replace(/\(([^)\s]+)\)/g, ''))).toEqual([]);
    expect(readme).toContain('test/bench/RESULTS.md');
  });

  it('no page under docs/ quotes a figure of the last run', () => {
    const ran = measured();
    expect(ran.size).toBeGreaterThan(10);
    for (const page of docsPages()) {
      const text = withoutBudgets(readFileSync(page, 'utf8'));
      expect(text, page).not.toContain(README_START);
      expect(
        figures(text).filter((figure) => ran.has(figure)),
        page,
      ).toEqual([]);
    }
  });

  it('finds the figures it looks for', () => {
    expect(figures('92.3 KB min, 31.6 KB gzip; 0.679 ms / 1.4 ms; 166 s; v2.0 KBx')).toEqual([
      '92.3 KB',
      '31.6 KB',
      '0.679 ms',
      '1.4 ms',
      '166 s',
    ]);
    expect(withoutBudgets('# B\n## Budgets\n| 2 KB |\n## Next\n3 ms\n')).toBe(
      '# B\n## Next\n3 ms\n',
    );
    expect(withoutBudgets('# B\n## Budgets\n| 2 KB |\n')).toBe('# B\n');
  });
});

describe('summaryRows', () => {
  const row = (section: string, figure: string, budget = ''): Row => [
    section,
    figure,
    'v',
    budget,
    '',
  ];
  const all: Row[] = [
    row('Bench', 'total wall time'),
    row('Plugins page', '20 Google profiles: list appears -> every status shown'),
    row('Keystroke', 'node: both checks'),
    row('Keystroke', 'editor: input on #Login -> elements updated + layout, realistic'),
    row('Keystroke', 'editor: same, 1 MB (slowest case)'),
    row('Bytes', 'file: chunks/editor.js', 'gzip <= 32.0 KB'),
    row('Bytes', 'file: google-oauth-assistant.cfg'),
    row('Bytes', 'file: google-oauth-assistant.js', 'gzip <= 2.0 KB'),
    row('Bytes', 'editor chunk part: Lit'),
    row('Time to help', 'paste install: form appears -> our elements rendered'),
    row('Time to help', 'split install: form appears -> our elements rendered'),
    row(
      'Off the editor',
      'Board (neither editor nor Plugins): main-thread script time (CDP ScriptDuration), split',
    ),
    row(
      'Off the editor',
      'Board (neither editor nor Plugins): main thread in our files (trace: compile, run, callbacks), split',
    ),
    row('Off the editor', 'plugins, 1 s after load: mashup minus without ours'),
    row('Leaks', '(section)'),
    row('Plugins page', '20 Google profiles: main-thread script time'),
  ];

  it('picks the documented rows in a fixed order, failed sections first', () => {
    expect(summaryRows(all).map(([s, f]) => `${s} | ${f}`)).toEqual([
      'Leaks | (section)',
      'Bytes | file: chunks/editor.js',
      'Bytes | file: google-oauth-assistant.js',
      'Off the editor | Board (neither editor nor Plugins): main thread in our files (trace: compile, run, callbacks), split',
      'Time to help | paste install: form appears -> our elements rendered',
      'Time to help | split install: form appears -> our elements rendered',
      'Keystroke | editor: input on #Login -> elements updated + layout, realistic',
      'Plugins page | 20 Google profiles: list appears -> every status shown',
      'Plugins page | 20 Google profiles: main-thread script time',
      'Bench | total wall time',
    ]);
  });

  it('does not depend on the order of the rows', () => {
    const sections = (rows: Row[]) => summaryRows(rows).map(([s]) => s);
    expect(sections([...all].reverse())).toEqual(sections(all));
  });

  it('shows a failed section once, even where its section is summarized', () => {
    const rows = [row('Plugins page', '(section)'), row('Bench', 'total wall time')];
    expect(summaryRows(rows)).toEqual(rows);
  });
});

describe('the bench block that `npm run bench` would refresh', () => {
  it('is replaced whole, and a README without markers is left alone', () => {
    const rows: Row[] = [['Bytes', 'gzip', '1 KB', '', '']];
    const readme = 'intro\n<!-- bench:start -->\nold\n<!-- bench:end -->\nrest\n';
    const updated = withBenchTable(readme, renderTable(rows));
    expect(readmeTable(updated)).toBe(renderTable(rows));
    expect(updated.startsWith('intro\n')).toBe(true);
    expect(updated.endsWith('<!-- bench:end -->\nrest\n')).toBe(true);
    expect(withBenchTable('no markers', 'x')).toBe('no markers');
  });
});
