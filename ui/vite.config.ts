import path from 'node:path';
import { defineConfig } from 'vite';

/** The web UI; `scripts/build-ui.sh` builds it into ui/dist, which the API serves. */
export default defineConfig({
  root: __dirname,
  // Vite's esbuild compiles TSX with React's automatic runtime: no plugin needed.
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: path.join(__dirname, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      // "use client" marks (MUI, react-query) and comments rollup moves (zod) are harmless in a browser bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE' && warning.code !== 'INVALID_ANNOTATION') warn(warning);
      },
    },
  },
  // `vite --config ui/vite.config.ts` during development, next to a started system on port 3000.
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
