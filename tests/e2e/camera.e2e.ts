import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import encodeQR from 'qr';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
// @ts-expect-error plain JS module shared with the scripts
import { CHROMIUM_FLAGS } from '../../scripts/chromium.mjs';
import { toBackupFile } from '../../src/domain/backup';
import { encodeHandover } from '../../src/domain/handover';
import { emptyData, SCHEMA_VERSION } from '../../src/domain/schema';
import { child, family } from '../unit/families/fixtures';
import { openApp } from './support/app';

/**
 * The family's phone reads the hand-over codes with its camera, on pages served with the app's real
 * headers (its Permissions-Policy included). Chromium's fake camera plays a video made here, at run
 * time, of real hand-over codes drawn by the same QR encoder the app uses: first one code, then the next.
 */

const WIDTH = 640;
const HEIGHT = 480;
const FRAMES_PER_CODE = 20;

/** One video frame (YUV 4:2:0) of a QR code, black on white, centred with a quiet zone. */
function frameOf(text: string): Buffer {
  const modules = encodeQR(text, 'raw', { ecc: 'medium' });
  const n = modules.length;
  const scale = Math.floor(HEIGHT / (n + 8));
  const size = n * scale;
  const left = Math.floor((WIDTH - size) / 2);
  const top = Math.floor((HEIGHT - size) / 2);
  const luma = Buffer.alloc(WIDTH * HEIGHT, 255);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (modules[Math.floor(y / scale)]![Math.floor(x / scale)]) luma[(top + y) * WIDTH + left + x] = 0;
    }
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  return Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
}

function y4mOf(codes: string[]): Buffer {
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);
  return Buffer.concat([header, ...codes.flatMap((code) => Array<Buffer>(FRAMES_PER_CODE).fill(frameOf(code)))]);
}

describe('scanning the hand-over codes with the camera', () => {
  let dir: string;
  let browser: Browser;
  let codes: string[];

  beforeAll(async () => {
    const home = family('family-camera');
    const data = { ...emptyData(), families: [home], children: [child('Dafydd', home.id, { nation: 'wales' })] };
    const payload = JSON.stringify(toBackupFile({ schemaVersion: SCHEMA_VERSION, data } as never, new Date('2026-03-02T10:00:00Z')));
    // Small parts, so the family's phone must read two different codes from the camera.
    const [whole] = await encodeHandover(payload, { partSize: 1e6 });
    const dataLength = whole!.split(':').slice(7).join(':').length;
    codes = await encodeHandover(payload, { partSize: Math.ceil(dataLength / 2) });
    expect(codes).toHaveLength(2);
    dir = mkdtempSync(join(tmpdir(), 'camera-'));
    const video = join(dir, 'codes.y4m');
    writeFileSync(video, y4mOf(codes));
    browser = await chromium.launch({
      executablePath: inject('chromePath'),
      headless: true,
      args: [
        ...(CHROMIUM_FLAGS as string[]),
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        `--use-file-for-fake-video-capture=${video}`,
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the camera starts on the family’s phone and the codes shown to it are read and saved', async () => {
    const { page, consoleErrors } = await openApp(browser, { width: 360, height: 740 });
    const response = await page.goto('/session/receive');
    expect(response?.headers()['permissions-policy']).toContain('camera=(self)');
    await page.getByRole('heading', { level: 1, name: 'Get answers from a volunteer’s device' }).waitFor();
    await page.getByRole('button', { name: 'Scan with the camera' }).click();
    await page.getByRole('button', { name: 'Stop the camera' }).waitFor();
    await page.getByRole('heading', { name: 'Everything has arrived' }).waitFor({ timeout: 30_000 });
    await page.getByText('Saved on this phone. Children: 1.').waitFor();
    expect(await page.getByText('The camera cannot be used here').count()).toBe(0);
    expect(consoleErrors.filter((e) => /permissions policy|camera/i.test(e))).toEqual([]);
    await page.getByRole('link', { name: 'See the answers' }).click();
    await page.getByText('Dafydd').first().waitFor();
  });
});
