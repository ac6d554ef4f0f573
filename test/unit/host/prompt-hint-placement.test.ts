// Where the prompt hint goes beside the host's menu of prompts (pure: boxes in, a box out).
import { describe, expect, it } from 'vitest';
import {
  boxesIntersect,
  HINT_GAP,
  promptHintPlacement,
} from '../../../src/host/editor/prompt-hint-layout.js';

const VIEWPORT = { width: 1366, height: 768 };
const HINT = { width: 360, height: 40 };

describe('promptHintPlacement', () => {
  it('puts the hint below a menu on the right, right edges lined up, inside the window', () => {
    const menu = { left: 902, top: 170, width: 116, height: 90 };
    const box = promptHintPlacement(menu, HINT, VIEWPORT);
    expect(box.top).toBe(menu.top + menu.height + HINT_GAP);
    expect(box.left + box.width).toBe(menu.left + menu.width);
    expect(boxesIntersect(box, menu)).toBe(false);
  });

  it('lines up with the left edge of a menu on the left', () => {
    const menu = { left: 200, top: 170, width: 116, height: 90 };
    const box = promptHintPlacement(menu, HINT, VIEWPORT);
    expect(box.left).toBe(200);
    expect(box.top).toBe(menu.top + menu.height + HINT_GAP);
  });

  it('goes above a menu near the bottom, and stays in the window when the right edge is near', () => {
    const menu = { left: 1300, top: 700, width: 60, height: 60 };
    const box = promptHintPlacement(menu, HINT, VIEWPORT);
    expect(boxesIntersect(box, menu)).toBe(false);
    expect(box.left).toBeGreaterThanOrEqual(HINT_GAP);
    expect(box.left + box.width).toBeLessThanOrEqual(VIEWPORT.width - HINT_GAP);
    expect(box.top + box.height).toBeLessThanOrEqual(menu.top - HINT_GAP);
  });
});
