import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  hasError,
  sortFindings,
  worstFinding,
  type Finding,
  type Severity,
} from '../../../src/rules/index.js';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const finding = fc.record({
  code: fc.string(),
  severity: fc.constantFrom<Severity>('error', 'warning', 'info'),
  message: fc.string(),
  fix: fc.string(),
});

describe('sortFindings', () => {
  it('puts errors first, then warnings, then info', () => {
    const f = (code: string, severity: Severity): Finding => ({
      code,
      severity,
      message: '',
      fix: '',
    });
    const sorted = sortFindings([
      f('a', 'info'),
      f('b', 'error'),
      f('c', 'warning'),
      f('d', 'error'),
    ]);
    expect(sorted.map((x) => x.code)).toEqual(['b', 'd', 'c', 'a']);
  });

  it('orders by severity, keeps the order among equals, and does not touch its input', () => {
    fc.assert(
      fc.property(fc.array(finding), (findings) => {
        const copy = [...findings];
        const sorted = sortFindings(findings);
        expect(findings).toEqual(copy);
        expect(sorted).toHaveLength(findings.length);
        for (let i = 1; i < sorted.length; i++) {
          expect(RANK[sorted[i - 1]!.severity]).toBeLessThanOrEqual(RANK[sorted[i]!.severity]);
        }
        for (const severity of ['error', 'warning', 'info'] as const) {
          expect(sorted.filter((x) => x.severity === severity)).toEqual(
            findings.filter((x) => x.severity === severity),
          );
        }
        expect(worstFinding(findings)).toBe(sorted[0]);
        expect(hasError(findings)).toBe(findings.some((x) => x.severity === 'error'));
      }),
    );
  });
});
