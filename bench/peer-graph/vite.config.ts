import { defineConfig } from 'vite';

// Builds the graph peers into a temporary folder (never committed).
export default defineConfig({
  root: 'bench/peer-graph',
  base: './',
  logLevel: 'warn',
  build: {
    outDir: process.env.PEER_OUT ?? '/tmp/tiebar-peer-graph',
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: { input: { fg: 'bench/peer-graph/fg.html', d3: 'bench/peer-graph/d3.html', fgl: 'bench/peer-graph/fgl.html' } },
  },
});
