import '@zms/ui/base.css';
import '@zms/ui/receipt-print.css';
import './kiosk.css';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { connectToApi, createI18n, deviceKeyInjection, useDeviceKey } from '@zms/ui';
import { createApp } from 'vue';
import App from './App.vue';
import { socketKey } from './live-state';
import { messages } from './messages';

const deviceKey = useDeviceKey();
const { apollo, socket } = connectToApi({ credential: () => deviceKey.key.value, keepAliveMs: 10_000 });

const i18n = createI18n(messages, import.meta.glob('./locales/*.json', { import: 'default' }));
void i18n.ready.then(() => createApp(App).provide(DefaultApolloClient, apollo).provide(socketKey, socket).provide(deviceKeyInjection, deviceKey).use(i18n).mount('#app'));
