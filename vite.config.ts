import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Relative base: the built dist/ works from any sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
  // CORS on the preview server (`npm start`): a sandbox="allow-scripts" iframe has an opaque origin,
  // so its module scripts and dataset fetches are cross-origin requests (README, "Safe anywhere").
  preview: { port: 4173, strictPort: true, headers: { 'Access-Control-Allow-Origin': '*' } },
});
