import '@zms/ui/base.css';
import './display.css';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { connectToApi, createI18n, deviceKeyInjection, useDeviceKey } from '@zms/ui';
import { createApp } from 'vue';
import App from './App.vue';
import { socketKey } from './live-board';
import { messages } from './messages';

const deviceKey = useDeviceKey();
// A dead line is noticed after 10 s of silence (pings every 2.5 s), then the display reconnects.
const { apollo, socket } = connectToApi({ credential: () => deviceKey.key.value, keepAliveMs: 10_000 });

createApp(App).provide(DefaultApolloClient, apollo).provide(socketKey, socket).provide(deviceKeyInjection, deviceKey).use(createI18n(messages)).mount('#app');
