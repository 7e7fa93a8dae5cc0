import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Relative base: the built dist/ works from any sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
  preview: { port: 4173, strictPort: true },
});
