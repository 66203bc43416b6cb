import { defineConfig } from 'vite';

export default defineConfig({
  // Relative URLs: the API serves the files under /explorer/, possibly behind a path prefix.
  base: './',
  build: {
    // Monaco alone is several megabytes; the page is a developer tool whose hashed files are cached for good.
    chunkSizeWarningLimit: 6000,
    rolldownOptions: {
      // "use client" in Radix and framer-motion only matters to server components; this bundle is all client.
      checks: { moduleLevelDirective: false },
    },
  },
});
