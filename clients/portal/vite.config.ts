import { vueAppConfig } from '../ui/vite.ts';

const config = vueAppConfig('portal');

export default {
  ...config,
  // vue-i18n's feature flags: the composition API only, without its components and devtools, so
  // that the bundle leaves them out (the runtime message compiler stays: our texts are strings).
  define: { ...config.define, __VUE_I18N_LEGACY_API__: 'false', __VUE_I18N_FULL_INSTALL__: 'false', __INTLIFY_PROD_DEVTOOLS__: 'false' },
};
