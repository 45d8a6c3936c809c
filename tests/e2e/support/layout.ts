import type { Page } from 'playwright-core';

/** Visible controls and blocks of text whose boxes cross each other (one inside the other is fine). */
export function overlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const SELECTOR = 'a, button, input, select, textarea, summary, label, h1, h2, h3, h4, p, li, dt, dd, legend, th, td, .tag';
    const visible = (el: Element) => {
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') return false;
      if (el.closest('.visually-hidden, [hidden], [aria-hidden="true"]')) return false;
      const r = el.getBoundingClientRect();
      return r.width > 1 && r.height > 1;
    };
    // Only an element's own lines: text in a block is measured by the block, not by each line of it.
    const boxes = [...document.querySelectorAll(SELECTOR)].filter(visible).map((el) => ({ el, rects: [...el.getClientRects()].filter((r) => r.width > 1 && r.height > 1) }));
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    const found: string[] = [];
    const TOLERANCE = 2;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        // A label and its own box sit together on purpose.
        if (a.el instanceof HTMLLabelElement && a.el.control === b.el) continue;
        if (b.el instanceof HTMLLabelElement && b.el.control === a.el) continue;
        const crossed = a.rects.some((r) =>
          b.rects.some(
            (s) => Math.min(r.right, s.right) - Math.max(r.left, s.left) > TOLERANCE && Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top) > TOLERANCE,
          ),
        );
        if (crossed) found.push(`${name(a.el)} × ${name(b.el)}`);
      }
    }
    return found;
  });
}
