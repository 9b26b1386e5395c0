// Trunk post_build hook (see Trunk.toml). Runs on the staging directory
// before Trunk moves it to dist/:
//  1. fills the Content-Security-Policy with the SHA-256 of each inline
//     script Trunk injected (its wasm loader), so the policy can forbid every
//     other inline script;
//  2. names the decoder worker's loader (its file name is hashed) in
//     <meta name="mingpian-decoder-worker">;
//  3. writes the precache list and a content hash into sw.js.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('postbuild: TRUNK_STAGING_DIR is not set; run this through Trunk.');
  process.exit(1);
}

const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const hashes = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map(([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
if (!html.includes('%INLINE_SCRIPT_HASHES%')) {
  console.error('postbuild: index.html has no %INLINE_SCRIPT_HASHES% placeholder in its CSP.');
  process.exit(1);
}
html = html.replace('%INLINE_SCRIPT_HASHES%', hashes.join(' '));

const workerLoader = readdirSync(staging).find((name) => /^decoder_worker(-[0-9a-f]+)?_loader\.js$/.test(name));
if (!workerLoader || !html.includes('%DECODER_WORKER%')) {
  console.error('postbuild: the decoder worker loader or its <meta> placeholder is missing.');
  process.exit(1);
}
html = html.replace('%DECODER_WORKER%', workerLoader);
writeFileSync(indexPath, html);

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(relative(staging, path).split(sep).join('/'));
  }
};
walk(staging);
const precache = files.filter((file) => file !== 'sw.js');

const version = createHash('sha256');
for (const file of precache) {
  version.update(file).update('\0').update(readFileSync(join(staging, file))).update('\0');
}

const swPath = join(staging, 'sw.js');
const sw = readFileSync(swPath, 'utf8')
  .replace('%BUILD_VERSION%', version.digest('hex').slice(0, 16))
  .replace('%PRECACHE_FILES%', JSON.stringify(precache, null, 2));
writeFileSync(swPath, sw);
console.log(`postbuild: ${precache.length} files precached, ${hashes.length} inline script hash(es) in the CSP, worker ${workerLoader}`);
