import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CSP_NEEDED,
  litPolicyRefusal,
  refusalLine,
  reportLoadFailure,
} from '../../../src/host/editor/trusted-types.js';

const withTrustedTypes = { trustedTypes: {} };
const chromium = {
  disallowed: new TypeError(
    "Failed to execute 'createPolicy' on 'TrustedTypePolicyFactory': Policy \"lit-html\" disallowed.",
  ),
  duplicate: new TypeError(
    "Failed to execute 'createPolicy' on 'TrustedTypePolicyFactory': Policy with name \"lit-html\" already exists.",
  ),
};

afterEach(() => vi.restoreAllMocks());

describe('litPolicyRefusal', () => {
  it("tells Chromium's two refusals apart", () => {
    expect(litPolicyRefusal(chromium.disallowed, withTrustedTypes)).toBe('not-allowed');
    expect(litPolicyRefusal(chromium.duplicate, withTrustedTypes)).toBe('already-exists');
  });

  it('another wording: a Lit already on the page means a duplicate', () => {
    const other = new TypeError('createPolicy: "lit-html" refused');
    expect(litPolicyRefusal(other, withTrustedTypes)).toBe('not-allowed');
    expect(litPolicyRefusal(other, { ...withTrustedTypes, litHtmlVersions: ['3.1.0'] })).toBe(
      'already-exists',
    );
  });

  it('anything else is not a Trusted Types refusal', () => {
    expect(litPolicyRefusal(chromium.disallowed, {})).toBeNull(); // no Trusted Types at all
    expect(litPolicyRefusal(new TypeError('x is undefined'), withTrustedTypes)).toBeNull();
    expect(
      litPolicyRefusal(new Error('Policy "lit-html" disallowed.'), withTrustedTypes),
    ).toBeNull();
    expect(litPolicyRefusal('lit-html', withTrustedTypes)).toBeNull();
    const hostile = new TypeError('x');
    Object.defineProperty(hostile, 'message', {
      get() {
        throw new Error('no');
      },
    });
    expect(litPolicyRefusal(hostile, withTrustedTypes)).toBeNull();
  });
});

describe('reportLoadFailure', () => {
  it('says once which CSP the assistant needs', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    reportLoadFailure(chromium.disallowed, withTrustedTypes);
    reportLoadFailure(chromium.disallowed, withTrustedTypes);
    expect(warn.mock.calls).toEqual([[`[google-oauth-assistant] ${refusalLine('not-allowed')}`]]);
    expect(refusalLine('not-allowed')).toContain('"trusted-types lit-html"');
    expect(refusalLine('already-exists')).toContain(`"trusted-types lit-html 'allow-duplicates'"`);
    expect(CSP_NEEDED['not-allowed']).toBe('trusted-types lit-html');
  });

  it('any other failure is logged as a failed load', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    reportLoadFailure(new RangeError('boom'), withTrustedTypes);
    expect(warn.mock.calls).toEqual([['[google-oauth-assistant] load failed: RangeError: boom']]);
  });
});
