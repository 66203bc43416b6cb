import '@zms/ui/base.css';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { connectToApi, createI18n } from '@zms/ui';
import { createApp } from 'vue';
import { createRouter, createWebHistory } from 'vue-router';
import App from './App.vue';
import { messages } from './messages';
import HomePage from './pages/HomePage.vue';

const { apollo } = connectToApi();
const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [{ path: '/', component: HomePage }],
});

createApp(App).provide(DefaultApolloClient, apollo).use(createI18n(messages)).use(router).mount('#app');
