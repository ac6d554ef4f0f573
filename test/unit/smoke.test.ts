import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

describe('build output', () => {
  it('lists the editor placeholder first in the .cfg', () => {
    const cfg = readFileSync('mashup/google-oauth-assistant.cfg', 'utf8');
    expect(cfg).toMatch(/^Placeholders:profileeditorprojectemailintegration,/);
  });
});
