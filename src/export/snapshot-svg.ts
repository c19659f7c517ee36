import { CHART_FONT_FAMILY } from './chart-font.ts';
import type { PlotSnapshot } from './chart-svg.ts';

// What decides how SVG looks, read from the page's computed styles. An SVG drawn through <img>
// into a canvas, or opened as a file, sees none of the page's CSS; these go inline instead.
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
];
const OWN = ['opacity', 'display'];

// Hover decorations that belong to the pointer, not to the chart.
const TRANSIENT = '.recharts-tooltip-cursor, .recharts-active-dot, .recharts-tooltip-wrapper';

function inlineStyle(element: Element, parent: CSSStyleDeclaration | null): string {
  const computed = getComputedStyle(element);
  const declarations: string[] = [];
  for (const name of INHERITED) {
    const value = computed.getPropertyValue(name);
    // An inherited value equal to the parent's arrives through the parent's own declaration.
    if (value && (parent === null || parent.getPropertyValue(name) !== value)) {
      declarations.push(`${name}:${value}`);
    }
  }
  for (const name of OWN) {
    const value = computed.getPropertyValue(name);
    if (name === 'display' ? value === 'none' : value && value !== '1') {
      declarations.push(`${name}:${value}`);
    }
  }
  return declarations.join(';');
}

/**
 * A copy of a chart's drawing as it looks on screen, standing alone: every element's computed
 * presentation inlined, the CJK font list set, hover decorations left out, sized in pixels.
 */
export function snapshotSvg(source: SVGSVGElement): PlotSnapshot {
  const box = source.getBoundingClientRect();
  const width = Math.round(Number(source.getAttribute('width')) || box.width);
  const height = Math.round(Number(source.getAttribute('height')) || box.height);
  const clone = source.cloneNode(true) as SVGSVGElement;
  const originals = [source, ...source.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const transient: Element[] = [];
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (!copy) return;
    if (original.matches(TRANSIENT)) transient.push(copy);
    const parent = original === source ? null : original.parentElement;
    const style = inlineStyle(original, parent ? getComputedStyle(parent) : null);
    for (const { name } of [...copy.attributes]) {
      // Page-only attributes: classes (the styles are inline now), focus and ARIA, recharts' data.
      if (/^(class|tabindex|role|focusable|aria-.*|data-.*)$/.test(name))
        copy.removeAttribute(name);
    }
    if (style) copy.setAttribute('style', style);
    else copy.removeAttribute('style');
    if (copy.localName === 'text' || copy.localName === 'tspan') {
      copy.setAttribute('font-family', CHART_FONT_FAMILY);
    }
  });
  for (const element of transient) element.remove();
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.setAttribute('font-family', CHART_FONT_FAMILY);
  for (const empty of clone.querySelectorAll('title:empty, desc:empty')) empty.remove();
  // The serializer declares the SVG namespace itself (setting xmlns too would write it twice).
  return { markup: new XMLSerializer().serializeToString(clone), width, height };
}
