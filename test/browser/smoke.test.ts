import { describe, expect, it } from 'vitest';
import { fixture, html } from '@open-wc/testing';

describe('browser project', () => {
  it('renders into a real document', async () => {
    const el = await fixture(html`<p>hello</p>`);
    expect(el.textContent).toBe('hello');
  });
});
