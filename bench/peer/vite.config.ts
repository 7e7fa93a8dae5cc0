import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Builds the peer into a temporary folder with Tiebar's data beside it (never committed).
export default defineConfig({
  root: 'bench/peer',
  base: './',
  publicDir: '../../public',
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: process.env.PEER_OUT ?? '/tmp/tiebar-peer', emptyOutDir: true, target: 'es2022' },
});
