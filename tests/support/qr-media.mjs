// QR codes as a fake camera (.y4m video) or a picture (.png), written by the
// project's own `examples/qr_video.rs` (the `qrcode` crate), and an in-page
// probe that times "code in view" → "result sheet on screen".
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const WORK = mkdtempSync(join(tmpdir(), 'mingpian-qr-'));
let serial = 0;

/**
 * Writes `text` as a QR code to a new file with `extension` ('y4m' or
 * 'png') and returns its path. Video options: leadIn and seconds (s), fps.
 * Runs `cargo run --example qr_video` (debug profile: it shares the build
 * `cargo test` already made; the first run compiles the example).
 */
export function qrFile(text, extension, { leadIn = 2, seconds = 6, fps = 15 } = {}) {
  const out = join(WORK, `code-${++serial}.${extension}`);
  const args = ['run', '--quiet', '--offline', '--example', 'qr_video', '--', out, text];
  if (extension === 'y4m') args.push('--lead-in', String(leadIn), '--seconds', String(seconds), '--fps', String(fps));
  execFileSync('cargo', args, { stdio: ['ignore', 'inherit', 'inherit'] });
  return out;
}

/** Chromium flags that make `file` the camera, with permission granted. */
export const fakeCamera = (file) => [
  '--use-fake-device-for-media-stream',
  `--use-file-for-fake-video-capture=${file}`,
  '--use-fake-ui-for-media-stream',
];

/**
 * Installs, before the Scan page opens, a probe that watches every frame of
 * the viewfinder (requestVideoFrameCallback) and notes when a dark module
 * first shows in its centre, and when the result sheet appears. Read the
 * times with `scanLatency(page)`.
 */
export async function installLatencyProbe(page) {
  await page.evaluate(() => {
    const times = (window.__scanTimes = { codeSeen: null, sheetShown: null });
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 16;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    const watchVideo = (video) => {
      const onFrame = (now) => {
        if (times.codeSeen === null && video.videoWidth > 0) {
          const side = Math.min(video.videoWidth, video.videoHeight) / 2;
          const [x, y] = [(video.videoWidth - side) / 2, (video.videoHeight - side) / 2];
          context.drawImage(video, x, y, side, side, 0, 0, 16, 16);
          const { data } = context.getImageData(0, 0, 16, 16);
          let darkest = 255;
          for (let i = 0; i < data.length; i += 4) darkest = Math.min(darkest, data[i + 1]);
          // `now` is when the frame was presented: the code was in view then.
          if (darkest < 100) times.codeSeen = now;
        }
        if (times.codeSeen === null) video.requestVideoFrameCallback(onFrame);
      };
      video.requestVideoFrameCallback(onFrame);
    };
    new MutationObserver(() => {
      const video = document.querySelector('video.scan-video');
      if (video && !video.__probed) {
        video.__probed = true;
        watchVideo(video);
      }
      if (times.sheetShown === null && document.querySelector('[role=dialog] h2')) times.sheetShown = performance.now();
    }).observe(document.body, { childList: true, subtree: true });
  });
}

/** Milliseconds from the code's first frame to the sheet, or null. */
export async function scanLatency(page) {
  const { codeSeen, sheetShown } = await page.evaluate(() => window.__scanTimes);
  return codeSeen === null || sheetShown === null ? null : sheetShown - codeSeen;
}

/** The stored records of `store` in the app's IndexedDB (for assertions). */
export function storedRecords(page, store) {
  return page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('mingpian');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}
