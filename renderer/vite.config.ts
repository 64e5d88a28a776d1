import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `base: './'` so that the same build loads from file:// in Electron and from the web bridge over http.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, target: 'es2022' },
});
