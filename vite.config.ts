import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Lists the built app's own files in `publish-files.json`, so the app can pack itself (with a
 * dataset) into a publish bundle for any static host. Public files (data/, schema/) are not listed.
 */
function publishFiles(): Plugin {
  return {
    name: 'tiebar-publish-files',
    apply: 'build',
    enforce: 'post',
    generateBundle(_, bundle) {
      const files = new Set(Object.keys(bundle));
      files.add('index.html');
      // Listed too, so a published bundle can itself make bundles.
      files.add('publish-files.json');
      this.emitFile({
        type: 'asset',
        fileName: 'publish-files.json',
        source: `${JSON.stringify({ files: [...files].sort() }, null, 1)}\n`,
      });
    },
  };
}

/** V8's explicit compile hint: every function in a file that carries it is compiled while the file downloads. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * The chunks a view's first frame runs: each view's start chunk (imported by the entry) and what
 * it imports statically, transitively. Lazy chunks (the editor, the canvas renderer, workers, the
 * schema library) are left out: most of their functions may never run.
 */
export function firstFrameChunks(
  chunks: Array<{ fileName: string; imports: string[]; isEntry: boolean; dynamicImports: string[] }>,
): Set<string> {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const starts = chunks.filter((c) => c.isEntry).flatMap((c) => c.dynamicImports.filter((f) => /\/start(App|Embed)-/.test(`/${f}`)));
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name) || !byName.has(name)) return;
    seen.add(name);
    for (const i of byName.get(name)!.imports) visit(i);
  };
  starts.forEach(visit);
  return seen;
}

/**
 * Marks the first frame's chunks with V8's compile hint (Chromium 136 and later; other engines
 * ignore the comment). V8 then compiles their functions on a background thread while they load,
 * instead of one by one on the main thread as the graph first runs them: measured on the founding
 * story, the wait from the data's arrival to the graph's first frame fell by about a third.
 */
function compileHints(): Plugin {
  return {
    name: 'tiebar-compile-hints',
    apply: 'build',
    enforce: 'post',
    // Last, once every other plugin has rewritten the chunks' code.
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const marked = firstFrameChunks(chunks);
        for (const c of chunks) if (marked.has(c.fileName)) c.code = `${COMPILE_HINT}\n${c.code}`;
      },
    },
  };
}

// Relative base: the built dist/ works from any sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [react(), publishFiles(), compileHints()],
  build: { target: 'es2022', sourcemap: false },
  // CORS on the preview server (`npm start`): a sandbox="allow-scripts" iframe has an opaque origin,
  // so its module scripts and dataset fetches are cross-origin requests (README, "Safe anywhere").
  preview: { port: 4173, strictPort: true, headers: { 'Access-Control-Allow-Origin': '*' } },
});
