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
  renderTable,
  resultsFile,
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
