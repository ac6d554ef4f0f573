// The README's cost figures are a summary of the committed bench run's table, exactly as
// printed, and RESULTS.md holds that whole table.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
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

describe('the bench tables of the last committed `npm run bench`', () => {
  it('README block: the summary of the run', () => {
    const rows = committed();
    expect(rows.length).toBeGreaterThan(10);
    const summary = summaryRows(rows);
    expect(summary.length).toBeGreaterThan(5);
    expect(summary.length).toBeLessThan(rows.length / 2);
    expect(readmeTable(readFileSync('README.md', 'utf8'))).toBe(renderTable(summary));
  });

  it('RESULTS.md: a heading line and the whole table', () => {
    const text = readFileSync(RESULTS_FILE, 'utf8');
    expect(text).toBe(resultsFile(committed()));
    expect(text.startsWith(`${RESULTS_HEADING}\n`)).toBe(true);
    expect(text).toContain(renderTable(committed()));
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

describe('the README bench block', () => {
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
