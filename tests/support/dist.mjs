// Locates the release build the end-to-end tests and benchmarks run against.
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const DIST = resolve(process.env.MINGPIAN_DIST || 'dist');

export function requireDist() {
  if (!existsSync(join(DIST, 'index.html')) || !existsSync(join(DIST, 'sw.js'))) {
    throw new Error(`No release build in ${DIST}: run \`trunk build --release --offline\` first (scripts/test.sh does).`);
  }
  return DIST;
}

/** A private copy of the build, for tests that change the deployed files. */
export function copyOfDist() {
  const dir = mkdtempSync(join(tmpdir(), 'mingpian-dist-'));
  cpSync(requireDist(), dir, { recursive: true });
  return dir;
}
