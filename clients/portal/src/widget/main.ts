import { createI18n } from '@zms/ui';
import { defineCustomElement, watch } from 'vue';
import { messages } from '../messages';
import BookingWidget from './BookingWidget.vue';
import { createWidgetRouter } from './widget-router';

/**
 * `<zms-booking>`: the portal's booking on another site's page, from one script tag. Everything it
 * shows lives in its shadow root, styles included (the SFCs are compiled as custom elements, see
 * vite.widget.config.ts); it talks to the API it was loaded from across origins (CORS_ORIGINS).
 */
const host = document.documentElement;
const hostLanguage = { lang: host.lang, dir: host.dir };
const i18n = createI18n(messages, import.meta.glob('../locales/*.json', { import: 'default' }));
// The shared i18n names the page's language on <html>; this page is the host's, so its own stays.
// The widget names its language on its own root instead (BookingWidget.vue).
const keepHostLanguage = () => Object.assign(host, hostLanguage);
keepHostLanguage();
watch(i18n.locale, keepHostLanguage, { flush: 'post' });

const ZmsBooking = defineCustomElement(BookingWidget, {
  configureApp: (app) => {
    app.use(i18n).use(createWidgetRouter());
  },
});

void i18n.ready.then(() => {
  if (!customElements.get('zms-booking')) customElements.define('zms-booking', ZmsBooking);
});
