import axe from 'axe-core';
import { expect } from 'vitest';
import { cdp } from 'vitest/browser';

/** axe-core on the element, every rule on: the violations, summarised for a readable failure. */
export async function expectAccessible(element: Element): Promise<void> {
  const results = await axe.run(element);
  const violations = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
  );
  expect(violations).toEqual([]);
}

interface AXValue {
  value?: unknown;
}
interface AXNode {
  role?: AXValue;
  name?: AXValue;
  description?: AXValue;
  ignored?: boolean;
}
interface FrameTree {
  frame: { id: string };
  childFrames?: FrameTree[];
}

function frameIds(tree: FrameTree): string[] {
  return [tree.frame.id, ...(tree.childFrames ?? []).flatMap(frameIds)];
}

/**
 * What Chromium itself computes for the node with this accessible name, read from its
 * accessibility tree through the DevTools protocol: the ground truth a screen reader gets,
 * not a JavaScript re-computation. The tests run inside an iframe, so every frame is searched.
 */
export async function browserAXNode(
  name: string,
): Promise<{ role: string; name: string; description: string }> {
  const session = cdp();
  await session.send('Accessibility.enable');
  const { frameTree } = (await session.send('Page.getFrameTree')) as unknown as {
    frameTree: FrameTree;
  };
  for (const frameId of frameIds(frameTree)) {
    const { nodes } = (await session.send('Accessibility.getFullAXTree', {
      frameId,
    } as never)) as unknown as { nodes: AXNode[] };
    const node = nodes.find((candidate) => !candidate.ignored && candidate.name?.value === name);
    if (node) {
      return {
        role: String(node.role?.value ?? ''),
        name: String(node.name?.value ?? ''),
        description: String(node.description?.value ?? ''),
      };
    }
  }
  throw new Error(`No accessible node named "${name}" in any frame`);
}
