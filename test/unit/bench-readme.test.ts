// The README's cost figures are the table of the committed bench run, exactly as printed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readmeTable, renderTable, withBenchTable, type Row } from '../bench/table.js';

describe('the README bench block', () => {
  it('equals the table the last committed `npm run bench` printed', () => {
    const results = JSON.parse(readFileSync('test/bench/results.json', 'utf8')) as { rows: Row[] };
    expect(results.rows.length).toBeGreaterThan(10);
    expect(readmeTable(readFileSync('README.md', 'utf8'))).toBe(renderTable(results.rows));
  });

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
