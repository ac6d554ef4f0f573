// Where the prompt hint goes while today's Sign in shows its choice of prompts (docs/host.md §6): clear
// of the host's menu, wherever that menu opens, and inside the viewport.
import { guarded } from '../log.js';

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Space kept between the hint and the menu, and between the hint and the viewport's edges. */
export const HINT_GAP = 8;

const clamp = (value: number, min: number, max: number) =>
  Math.max(min, Math.min(value, Math.max(min, max)));

/** True when the two boxes share any area (touching edges do not count). */
export function boxesIntersect(a: Box, b: Box): boolean {
  return (
    a.left < b.left + b.width &&
    b.left < a.left + a.width &&
    a.top < b.top + b.height &&
    b.top < a.top + a.height
  );
}

/**
 * The hint's box (viewport coordinates) beside the menu's box: below it, else above (lined up
 * with the menu's edge nearer the window's middle), right, left, whichever first keeps the hint whole inside the viewport; failing all four, the side
 * with the most room, clamped into the viewport. Pure: numbers in, numbers out.
 */
export function promptHintPlacement(menu: Box, hint: Size, viewport: Size): Box {
  const g = HINT_GAP;
  const width = Math.max(0, Math.min(hint.width, viewport.width - 2 * g));
  const height = hint.height;
  const maxLeft = viewport.width - g - width;
  const maxTop = viewport.height - g - height;
  // Above or below, the hint lines up with the menu's edge nearer the window's middle: a menu
  // on the right (beside the editor's Sign in) gets the hint's right edge, so the hint stays over
  // the editor instead of running past it.
  const onTheRight = menu.left + menu.width / 2 > viewport.width / 2;
  const alignedLeft = clamp(onTheRight ? menu.left + menu.width - width : menu.left, g, maxLeft);
  const alignedTop = clamp(menu.top, g, maxTop);
  const candidates: Box[] = [
    { left: alignedLeft, top: menu.top + menu.height + g, width, height },
    { left: alignedLeft, top: menu.top - g - height, width, height },
    { left: menu.left + menu.width + g, top: alignedTop, width, height },
    { left: menu.left - g - width, top: alignedTop, width, height },
  ];
  const fits = (box: Box) =>
    box.left >= g && box.top >= g && box.left <= maxLeft && box.top <= maxTop;
  const found = candidates.find((box) => fits(box) && !boxesIntersect(box, menu));
  if (found) return found;
  // No side has room for all of it: take the roomiest side and keep the hint on screen.
  const room = [
    viewport.height - (menu.top + menu.height),
    menu.top,
    viewport.width - (menu.left + menu.width),
    menu.left,
  ];
  const best = candidates[room.indexOf(Math.max(...room))]!;
  return { ...best, left: clamp(best.left, g, maxLeft), top: clamp(best.top, g, maxTop) };
}

/** The menu that holds today's prompt choice: the items' common list, as one box. */
export function promptMenuBox(items: readonly Element[]): Box | null {
  const menu =
    items[0]?.closest('[role="menu"], [role="listbox"], ul, ol') ?? items[0]?.parentElement;
  const rects = [menu, ...items]
    .filter((el): el is Element => !!el)
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 || r.height > 0);
  if (rects.length === 0) return null;
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  const right = Math.max(...rects.map((r) => r.right));
  const bottom = Math.max(...rects.map((r) => r.bottom));
  return { left, top, width: right - left, height: bottom - top };
}

/** The styles that float the hint; all taken back when it goes back into the page. */
const FLOATING = [
  'position',
  'left',
  'top',
  'width',
  'zIndex',
  'background',
  'padding',
  'border',
  'borderRadius',
  'boxShadow',
] as const;

/**
 * Puts the shown hint beside the menu (fixed, so the host's layout does not move), or back in
 * its place in the page when there is no menu box.
 */
export function placePromptHint(hint: HTMLElement, items: readonly Element[]): void {
  const win = hint.ownerDocument.defaultView;
  const menu = promptMenuBox(items);
  if (!win || !menu || hint.hidden) {
    for (const key of FLOATING) hint.style[key] = '';
    return;
  }
  const viewport = { width: win.innerWidth, height: win.innerHeight };
  Object.assign(hint.style, {
    position: 'fixed',
    left: '0px',
    top: '0px',
    width: `${Math.min(360, viewport.width - 2 * HINT_GAP)}px`,
    zIndex: '2147483000',
    background: '#fff',
    // Reads as a note over the page, not as a line of it.
    padding: '6px 8px',
    border: '1px solid #c7ccd1',
    borderRadius: '4px',
    boxShadow: '0 2px 8px rgba(0, 0, 0, 0.15)',
  });
  const size = hint.getBoundingClientRect();
  const box = promptHintPlacement(menu, { width: size.width, height: size.height }, viewport);
  hint.style.left = `${box.left - size.left}px`;
  hint.style.top = `${box.top - size.top}px`;
}

/** Keeps a shown hint beside the menu while the page scrolls or the window is resized. */
export function followPromptHint(
  hint: HTMLElement,
  items: () => readonly Element[],
  signal: AbortSignal,
): void {
  const win = hint.ownerDocument.defaultView;
  if (!win) return;
  const again = guarded('prompt hint', () => {
    if (!hint.hidden) placePromptHint(hint, items());
  });
  win.addEventListener('scroll', again, { capture: true, passive: true, signal });
  win.addEventListener('resize', again, { passive: true, signal });
}
