import { BACKGROUND } from './colour';
import { downloadBlob, downloadText } from '../download';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A chart's SVG as a standalone file: namespaced, sized from its viewBox, with its background.
 * Charts carry their colours and fonts as attributes, so the file needs no stylesheet.
 */
export function svgMarkup(svg: SVGSVGElement): { markup: string; width: number; height: number } {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const box = svg.viewBox.baseVal;
  const width = box && box.width > 0 ? box.width : svg.clientWidth;
  const height = box && box.height > 0 ? box.height : svg.clientHeight;
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.removeAttribute('class');
  clone.removeAttribute('style');
  const markup = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
  return { markup, width, height };
}

/** Saves the chart as an SVG file. */
export function saveSvg(svg: SVGSVGElement, fileName: string): void {
  downloadText(fileName, svgMarkup(svg).markup, 'image/svg+xml');
}

/**
 * Renders the chart to PNG at `scale` × its size: the serialised SVG is loaded from a blob: URL
 * into an image and drawn on a canvas, so nothing outside the page is requested.
 */
export async function svgToPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const { markup, width, height } = svgMarkup(svg);
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the chart to an image.');
    context.fillStyle = BACKGROUND;
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The chart could not be turned into a PNG.'))), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves the chart as a PNG file. */
export async function savePng(svg: SVGSVGElement, fileName: string): Promise<void> {
  downloadBlob(fileName, await svgToPng(svg));
}
