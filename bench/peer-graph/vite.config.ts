import { defineConfig } from 'vite';

// Builds the graph peers into a temporary folder (never committed). Tiebar's renderer alone is
// built on its own (PEER_ONLY=renderer, into the same folder), so it shares no chunk with the other
// peers and leaves their builds as they were.
const PEERS = { fg: 'bench/peer-graph/fg.html', d3: 'bench/peer-graph/d3.html', fgl: 'bench/peer-graph/fgl.html' };
const only = process.env.PEER_ONLY;
export default defineConfig({
  root: 'bench/peer-graph',
  base: './',
  logLevel: 'warn',
  build: {
    outDir: process.env.PEER_OUT ?? '/tmp/tiebar-peer-graph',
    emptyOutDir: !only,
    target: 'es2022',
    rollupOptions: { input: only ? { [only]: `bench/peer-graph/${only}.html` } : PEERS },
  },
});
