import vue from '@vitejs/plugin-vue';
import { defineConfig, type UserConfig } from 'vite';

/**
 * The build of one of our Vue apps: served by the API under /<name>/. `npm run dev -w clients/<name>`
 * serves it with hot reload and passes /graphql (HTTP and WebSocket) to an API on API_ORIGIN
 * (default the port `npm start` uses).
 */
export function vueAppConfig(name: string): UserConfig {
  const apiOrigin = process.env.API_ORIGIN ?? 'http://127.0.0.1:4000';
  return defineConfig({
    base: `/${name}/`,
    plugins: [vue()],
    // The API, and the routes of staff sign-in with an identity provider (OIDC redirects and logout).
    server: { proxy: { '/graphql': { target: apiOrigin, ws: true }, '/auth': { target: apiOrigin } } },
    build: { target: 'es2022' },
  });
}
