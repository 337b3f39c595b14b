import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  plugins: [react()],
  // The production build is served as-is by `vite preview`; the manifest lets the bundle-budget
  // check follow each route's real import graph instead of guessing from file names.
  build: { manifest: true, target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1200 },
  resolve: { dedupe: ['three', 'react', 'react-dom'] },
  preview: { host: '127.0.0.1' },
})
