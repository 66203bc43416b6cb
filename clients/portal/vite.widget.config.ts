import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import type { Plugin as PostcssPlugin } from 'postcss';
import { defineConfig } from 'vite';
import portalConfig from './vite.config';

/** The element's root inside its shadow root, where the page's <html> and <body> styles go. */
const widgetRoot = '.zms-booking';
const pageSelectors = new Set([':root', 'html', 'body']);

/**
 * The portal's stylesheets were written for a page of their own: in the shadow root their page
 * rules style the widget's root instead, and each colour and the font of base.css become theming
 * hooks, `--zms-<name>` (`--zms-color-primary`, `--zms-font-family`), which a host page may set
 * (custom properties are the one thing a shadow root inherits on purpose).
 */
const pageStylesIntoShadowRoot: PostcssPlugin = {
  postcssPlugin: 'zms-page-styles-into-shadow-root',
  Rule(rule) {
    if (!rule.selectors.some((selector) => pageSelectors.has(selector))) return;
    const isRoot = rule.selectors.includes(':root');
    rule.selectors = [...new Set(rule.selectors.map((selector) => (pageSelectors.has(selector) ? widgetRoot : selector)))];
    if (!isRoot) return;
    rule.walkDecls((declaration) => {
      if (declaration.prop.startsWith('--color-')) declaration.value = `var(--zms-${declaration.prop.slice(2)}, ${declaration.value})`;
      else if (declaration.prop === 'font-family') declaration.value = `var(--zms-font-family, ${declaration.value})`;
    });
  },
};

/**
 * The booking widget (src/widget/main.ts): one script, everything inlined (styles, texts, the
 * proof-of-work worker), that defines <zms-booking>. Every SFC is compiled as a custom element, so
 * that its styles go into the element's shadow root rather than into the host page's <head>. The
 * API serves it at /widget/zms-booking.js.
 */
export default defineConfig({
  define: { ...portalConfig.define, 'process.env.NODE_ENV': JSON.stringify('production') },
  plugins: [vue({ customElement: true })],
  // The page's worker file would be on the API's origin, where the host page may not start it.
  resolve: { alias: [{ find: /^\.\/proof-of-work-worker$/, replacement: fileURLToPath(new URL('src/widget/inline-proof-of-work-worker.ts', import.meta.url)) }] },
  css: { postcss: { plugins: [pageStylesIntoShadowRoot] } },
  build: {
    target: 'es2022',
    outDir: 'dist-widget',
    emptyOutDir: true,
    lib: { entry: 'src/widget/main.ts', formats: ['iife'], name: 'ZmsBooking', fileName: () => 'zms-booking.js' },
  },
});
