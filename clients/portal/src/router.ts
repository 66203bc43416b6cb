import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import type { MessageKey } from './i18n';
import BookingPage from './pages/BookingPage.vue';

declare module 'vue-router' {
  interface RouteMeta {
    /** The page's name in the tab title. */
    titleKey: MessageKey;
  }
}

/** Every page of the portal. */
export const routes: RouteRecordRaw[] = [
  { path: '/', component: BookingPage, meta: { titleKey: 'book.title' } },
  // Links carry number and secret in the fragment (#number=…&secret=…), which never reaches a server.
  { path: '/manage', component: () => import('./pages/ManagePage.vue'), meta: { titleKey: 'manage.title' } },
  { path: '/status', component: () => import('./pages/QueueStatusPage.vue'), meta: { titleKey: 'queue.title' } },
  // The links in mails carry a signed token in the fragment (#token=…); opening one changes nothing, its button does.
  { path: '/cancel', component: () => import('./pages/CancelLinkPage.vue'), meta: { titleKey: 'cancelLink.title' } },
  { path: '/confirm', component: () => import('./pages/ConfirmLinkPage.vue'), meta: { titleKey: 'confirmLink.title' } },
  { path: '/waitlist', component: () => import('./pages/WaitlistEntryPage.vue'), meta: { titleKey: 'waitlist.title' } },
  { path: '/waitlist/offer', component: () => import('./pages/WaitlistOfferPage.vue'), meta: { titleKey: 'offer.title' } },
  { path: '/:unknown(.*)*', component: () => import('./pages/NotFoundPage.vue'), meta: { titleKey: 'notFound.title' } },
];

export function createPortalRouter() {
  return createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes,
    // A new fragment (number and secret typed in) is not a new page: stay where the form was.
    scrollBehavior: (to, from) => (to.path === from.path ? false : { top: 0 }),
  });
}
