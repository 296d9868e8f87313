// Builds the web interface (src/web) into dist/web. Every asset is bundled and served
// by dossier itself: nothing is loaded from a CDN.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'src/web',
  base: '/',
  logLevel: 'warn',
  build: { outDir: '../../dist/web', emptyOutDir: true, target: 'es2022', sourcemap: false },
});
