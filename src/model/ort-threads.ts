/**
 * Build-time only (wxt.config.ts, Node): lets ONNX Runtime Web 1.14's multi-threaded WASM start its
 * threads inside the extension. Out of the box it starts each thread from a `blob:` script (its
 * pthread worker and the runtime's factory, both embedded as text), and the extension's CSP
 * (`script-src 'self'`, the most MV3 allows) refuses `importScripts(blob:…)`: the threads never
 * start, and the bench measured that broken state (seconds per chat line, the renderer's main thread
 * busy). This rewrites the two places in `onnxruntime-web/dist/ort-web.min.js` to load the same code
 * from the extension's own /wasm/ folder instead, and `threadFiles()` gives those two files.
 * Only used by a cross-origin-isolated build (TRIADE_COI=1, bench model-shape).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The minified code of onnxruntime-web 1.14.0 this patches; another version fails the build loudly. */
const WORKER_FROM_BLOB =
  'o&&t.endsWith(".worker.js")&&"undefined"!=typeof Blob?URL.createObjectURL(new Blob([n(4154)],{type:"text/javascript"})):';
/** `g` is env.wasm.wasmPaths (a string here), `e` the runtime's own folder. */
const WORKER_FROM_FILE = 'o&&t.endsWith(".worker.js")?(null!=g?g:e)+t:';
const MAIN_FROM_BLOB_START = 'if(o)if("undefined"==typeof Blob)i.mainScriptUrlOrBlob=s.join("/","ort-wasm-threaded.js");else{';
const MAIN_FROM_BLOB_END = 'i.mainScriptUrlOrBlob=new Blob([t],{type:"text/javascript"})}';
const MAIN_FROM_FILE = 'if(o)i.mainScriptUrlOrBlob=(null!=g?g:"")+"ort-wasm-threaded.js";';

/** Rewrites ort-web.min.js's source; throws when the code is not the one this was written for. */
export function patchOrtThreads(code: string): string {
  const a = code.split(WORKER_FROM_BLOB);
  const start = code.indexOf(MAIN_FROM_BLOB_START);
  const end = start < 0 ? -1 : code.indexOf(MAIN_FROM_BLOB_END, start);
  if (a.length !== 2 || start < 0 || end < 0 || end - start > 400) {
    throw new Error(
      'onnxruntime-web: the thread start-up code is not the 1.14.0 one src/model/ort-threads.ts patches; check it again for this version',
    );
  }
  const withWorker = a.join(WORKER_FROM_FILE);
  const s = withWorker.indexOf(MAIN_FROM_BLOB_START);
  const e = withWorker.indexOf(MAIN_FROM_BLOB_END, s) + MAIN_FROM_BLOB_END.length;
  return withWorker.slice(0, s) + MAIN_FROM_FILE + withWorker.slice(e);
}

/** A Vite plugin applying `patchOrtThreads` to onnxruntime-web's browser bundle. */
export function ortThreadsPlugin() {
  return {
    name: 'triade-ort-threads-from-files',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      // The file itself, not the wrappers the commonjs plugin adds under the same path with a query.
      if (!/onnxruntime-web[\\/]dist[\\/]ort-web\.min\.js$/.test(id)) return null;
      return { code: patchOrtThreads(code), map: null };
    },
  };
}

/**
 * The two scripts a thread loads, for /wasm/: the pthread worker as shipped, and the runtime's
 * factory as the global `ortWasmThreaded` the worker calls (what the embedded blob defined).
 */
export function threadFiles(ortDist: string): Array<{ relativeDest: string; contents: string }> {
  const factory = readFileSync(path.join(ortDist, 'ort-wasm-threaded.js'), 'utf8');
  if (!/^\s*(\/\*[\s\S]*?\*\/\s*)?var _scriptDir,t=/.test(factory))
    throw new Error('onnxruntime-web: ort-wasm-threaded.js does not start as 1.14.0 does (var _scriptDir,t=…)');
  return [
    {
      relativeDest: 'wasm/ort-wasm-threaded.worker.js',
      contents: readFileSync(path.join(ortDist, 'ort-wasm-threaded.worker.js'), 'utf8'),
    },
    {
      relativeDest: 'wasm/ort-wasm-threaded.js',
      contents: `var ortWasmThreaded=(function(){var exports,module,define;${factory}\n;return t})();\n`,
    },
  ];
}
