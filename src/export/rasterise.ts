import { setPngDensity } from './png-density.ts';

/** CSS pixels per inch: a PNG at scale 2 says 192 dpi, so a word processor sizes it as on screen. */
const CSS_DPI = 96;

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The chart could not be drawn as an image'));
    image.src = url;
  });
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The browser made no PNG'))),
      'image/png',
    ),
  );
}

/**
 * A standalone SVG (with its fonts named inline: see chart-font.ts) as a PNG of `scale` times
 * its size, on white.
 */
export async function rasteriseSvg(
  svg: string,
  width: number,
  height: number,
  scale: number,
): Promise<Blob> {
  // A data: URL, not a blob: URL: drawing it never taints the canvas in any browser.
  const image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('The browser has no canvas to draw on');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const png = new Uint8Array(await (await canvasBlob(canvas)).arrayBuffer());
  return new Blob([setPngDensity(png, CSS_DPI * scale)], { type: 'image/png' });
}
