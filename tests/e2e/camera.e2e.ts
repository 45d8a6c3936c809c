import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import encodeQR from 'qr';
import { describe, expect } from 'vitest';
import { toBackupFile } from '../../src/domain/backup';
import { encodeHandover } from '../../src/domain/handover';
import { emptyData, SCHEMA_VERSION } from '../../src/domain/schema';
import { child, family } from '../unit/families/fixtures';
import { it as base } from './support/fixture';

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

/** Two hand-over codes of one family's answers: small parts, so the phone must read two different codes. */
async function handoverCodes(): Promise<string[]> {
  const home = family('family-camera');
  const data = { ...emptyData(), families: [home], children: [child('Dafydd', home.id, { nation: 'wales' })] };
  const payload = JSON.stringify(toBackupFile({ schemaVersion: SCHEMA_VERSION, data } as never, new Date('2026-03-02T10:00:00Z')));
  const [whole] = await encodeHandover(payload, { partSize: 1e6 });
  const dataLength = whole!.split(':').slice(7).join(':').length;
  return encodeHandover(payload, { partSize: Math.ceil(dataLength / 2) });
}

/** Chromium for this file starts with a fake camera playing a video of the codes (and allows the camera without asking). */
const it = base.extend<{ codes: string[]; chromiumFlags: string[] }>({
  codes: [
    // eslint-disable-next-line no-empty-pattern -- vitest reads the fixtures a function needs from this pattern
    async ({}, provide) => provide(await handoverCodes()),
    { scope: 'file' },
  ],
  chromiumFlags: [
    async ({ codes }, provide) => {
      const dir = mkdtempSync(join(tmpdir(), 'camera-'));
      try {
        const video = join(dir, 'codes.y4m');
        writeFileSync(video, y4mOf(codes));
        await provide(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    { scope: 'file' },
  ],
});

describe('scanning the hand-over codes with the camera', () => {
  it('the camera starts on the family’s phone and the codes shown to it are read and saved', async ({ openApp, codes }) => {
    expect(codes).toHaveLength(2);
    const { page, consoleErrors } = await openApp({ width: 360, height: 740 });
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
