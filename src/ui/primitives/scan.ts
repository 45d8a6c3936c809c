/*
 * Reading QR codes: the browser's own BarcodeDetector where there is one, otherwise the `qr`
 * package's decoder on the pixels. Both run on this device; nothing is sent anywhere. This module
 * is loaded only by the screen that reads codes.
 */
import { decodeQR } from 'qr/decode.js';

interface Detector {
  detect(source: ImageBitmapSource): Promise<{ rawValue: string }[]>;
}
declare const BarcodeDetector: { new (options: { formats: string[] }): Detector; getSupportedFormats?: () => Promise<string[]> } | undefined;

let detector: Promise<Detector | undefined> | undefined;
function nativeDetector(): Promise<Detector | undefined> {
  detector ??= (async () => {
    try {
      if (typeof BarcodeDetector === 'undefined') return undefined;
      const formats = (await BarcodeDetector.getSupportedFormats?.()) ?? ['qr_code'];
      return formats.includes('qr_code') ? new BarcodeDetector({ formats: ['qr_code'] }) : undefined;
    } catch {
      return undefined;
    }
  })();
  return detector;
}

function pixels(source: CanvasImageSource, width: number, height: number): ImageData | undefined {
  // Large photos are scaled down: a code needs far fewer pixels than a phone camera takes.
  const scale = Math.min(1, 1600 / Math.max(width, height));
  const w = Math.max(1, Math.round(width * scale));
  const h = Math.max(1, Math.round(height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return undefined;
  ctx.drawImage(source, 0, 0, w, h);
  return ctx.getImageData(0, 0, w, h);
}

/** The text of the QR code in an image or video frame, or undefined when none can be read. */
export async function readCode(source: ImageBitmap | HTMLVideoElement): Promise<string | undefined> {
  const native = await nativeDetector();
  if (native) {
    try {
      const [found] = await native.detect(source);
      if (found?.rawValue) return found.rawValue;
    } catch {
      /* fall back to the decoder below */
    }
  }
  const width = source instanceof HTMLVideoElement ? source.videoWidth : source.width;
  const height = source instanceof HTMLVideoElement ? source.videoHeight : source.height;
  if (!width || !height) return undefined;
  const image = pixels(source, width, height);
  if (!image) return undefined;
  try {
    return decodeQR({ width: image.width, height: image.height, data: image.data });
  } catch {
    return undefined;
  }
}

/** The code in a photo or screenshot the person picked. */
export async function readCodeFromFile(file: File): Promise<string | undefined> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return undefined;
  }
  try {
    return await readCode(bitmap);
  } finally {
    bitmap.close();
  }
}
