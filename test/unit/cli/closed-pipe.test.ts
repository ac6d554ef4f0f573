// `npm run deploy -- --help | head -1`: once the reader has gone, the CLI ends quietly (exit 0,
// no EPIPE stack trace), as a Unix command does.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const TSX = join(process.cwd(), 'node_modules/.bin/tsx');

function helpIntoClosedPipe(script: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [join(process.cwd(), script), '--help']);
    // The reader goes before the first line is written: every write meets a closed pipe.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('the CLI writing into a closed pipe', () => {
  for (const script of ['src/cli/deploy.ts', 'src/cli/package.ts']) {
    it(`${script} --help exits 0 without a stack trace`, async () => {
      const run = await helpIntoClosedPipe(script);
      expect(run.stderr).not.toMatch(/EPIPE|Unhandled|at .*\.ts:/);
      expect(run.code).toBe(0);
    }, 30_000);
  }
});
