// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { keepInView } from '../../src/components/ui/kept-in-view.ts';

// jsdom lays nothing out: the popup's box is given, as the browser would measure it.
function popup(left: number, width: number): HTMLElement {
  const element = document.createElement('div');
  element.getBoundingClientRect = () => {
    const shift = Number.parseFloat(element.style.translate || '0') || 0;
    const x = left + shift;
    return { x, left: x, right: x + width, width, top: 0, bottom: 10, height: 10, y: 0 } as DOMRect;
  };
  return element;
}

describe('a popup beside its button', () => {
  Object.defineProperty(document.documentElement, 'clientWidth', {
    value: 375,
    configurable: true,
  });

  it('is moved sideways into a 375 px viewport as little as it takes', () => {
    const cutLeft = popup(-93, 224);
    keepInView(cutLeft);
    expect(cutLeft.style.translate).toBe('101px 0');
    const cutRight = popup(180, 300);
    keepInView(cutRight);
    expect(cutRight.style.translate).toBe('-113px 0');
    const inView = popup(16, 200);
    keepInView(inView);
    expect(inView.style.translate).toBe('');
  });

  it('keeps its start in view when it is wider than the viewport, and is measured afresh', () => {
    const wide = popup(-40, 500);
    keepInView(wide);
    expect(wide.style.translate).toBe('48px 0');
    // Opened again: measured from where its button puts it, not from where it was moved.
    keepInView(wide);
    expect(wide.style.translate).toBe('48px 0');
  });
});
