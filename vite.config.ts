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

// Relative base: the built dist/ works from any sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [react(), publishFiles()],
  build: { target: 'es2022', sourcemap: false },
  // CORS on the preview server (`npm start`): a sandbox="allow-scripts" iframe has an opaque origin,
  // so its module scripts and dataset fetches are cross-origin requests (README, "Safe anywhere").
  preview: { port: 4173, strictPort: true, headers: { 'Access-Control-Allow-Origin': '*' } },
});
