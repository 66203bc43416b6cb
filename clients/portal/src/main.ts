import '@zms/ui/base.css';
import './styles.css';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { connectToApi, createI18n } from '@zms/ui';
import { createApp } from 'vue';
import App from './App.vue';
import { connectionLost, reconnections } from './composables/reconnections';
import { messages } from './messages';
import { createPortalRouter } from './router';

const { apollo, socket } = connectToApi({ onReconnected: () => reconnections.value++ });
socket.on('closed', () => (connectionLost.value = true));
socket.on('connected', () => (connectionLost.value = false));
const i18n = createI18n(messages, import.meta.glob('./locales/*.json', { import: 'default' }));
const router = createPortalRouter();

void i18n.ready.then(() => createApp(App).provide(DefaultApolloClient, apollo).use(i18n).use(router).mount('#app'));
