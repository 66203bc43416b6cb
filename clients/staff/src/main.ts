import '@zms/ui/base.css';
import './rows.css';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { createI18n } from '@zms/ui';
import { createApp } from 'vue';
import { createRouter, createWebHistory } from 'vue-router';
import { apollo } from './api-connection';
import App from './App.vue';
import { ViewerDocument } from './gql/graphql';
import { messages } from './messages';
import { takeSetupToken } from './session';
import AdminPage from './pages/AdminPage.vue';
import CounterPage from './pages/CounterPage.vue';
import LoginPage from './pages/LoginPage.vue';
import StatisticsPage from './pages/StatisticsPage.vue';
import LeadPanelPage from './lead/LeadPanelPage.vue';
import DayPlanPage from './day-plan/DayPlanPage.vue';
import AppointmentsPage from './appointments/AppointmentsPage.vue';

// Before the router reads the address: a setup link opens the first admin's form.
takeSetupToken();

const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    { path: '/', redirect: '/counter' },
    { path: '/login', component: LoginPage, meta: { public: true } },
    { path: '/counter', component: CounterPage },
    { path: '/admin/:officeId?/:section?', component: AdminPage },
    { path: '/statistics', component: StatisticsPage },
    { path: '/lead', component: LeadPanelPage },
    { path: '/day-plan', component: DayPlanPage },
    { path: '/appointments', component: AppointmentsPage },
    { path: '/:rest(.*)*', redirect: '/counter' },
  ],
});

router.beforeEach(async (to) => {
  if (to.meta.public) return true;
  const { data } = await apollo.query({ query: ViewerDocument, fetchPolicy: 'network-only' }).catch(() => ({ data: null }));
  return data?.viewer.account ? true : { path: '/login', query: { next: to.fullPath } };
});

createApp(App).provide(DefaultApolloClient, apollo).use(createI18n(messages)).use(router).mount('#app');
