import { createRouter, createWebHistory, type RouteRecordRaw, type Router } from 'vue-router';
import { progressOf, useBookingDraft } from './composables/use-booking-draft';
import { bookingSteps, reachableStep, stepPath, type BookingStep } from './flow/booking-steps';
import type { MessageKey } from './i18n';
import BookingPage from './pages/BookingPage.vue';

declare module 'vue-router' {
  interface RouteMeta {
    /** The page's name in the tab title. */
    titleKey: MessageKey;
    /** The booking step the page shows. */
    step?: BookingStep;
    /** The day step's form to wait for a time instead. */
    waitlisting?: boolean;
  }
}

/** Every page of the portal. */
export const routes: RouteRecordRaw[] = [
  // Each booking step is a page of its own, so that Back, Forward and a reload keep the booking.
  ...bookingSteps.map((step): RouteRecordRaw => ({ path: stepPath(step), component: BookingPage, meta: { titleKey: `book.page.${step}`, step } })),
  { path: '/book/day/waitlist', component: BookingPage, meta: { titleKey: 'book.page.waitlist', step: 'day', waitlisting: true } },
  // Links carry number and secret in the fragment (#number=…&secret=…), which never reaches a server.
  { path: '/manage', component: () => import('./pages/ManagePage.vue'), meta: { titleKey: 'manage.title' } },
  { path: '/status', component: () => import('./pages/QueueStatusPage.vue'), meta: { titleKey: 'queue.title' } },
  // The links in mails carry a signed token in the fragment (#token=…); opening one changes nothing, its button does.
  { path: '/cancel', component: () => import('./pages/CancelLinkPage.vue'), meta: { titleKey: 'cancelLink.title' } },
  { path: '/confirm', component: () => import('./pages/ConfirmLinkPage.vue'), meta: { titleKey: 'confirmLink.title' } },
  { path: '/waitlist', component: () => import('./pages/WaitlistEntryPage.vue'), meta: { titleKey: 'waitlist.title' } },
  { path: '/waitlist/offer', component: () => import('./pages/WaitlistOfferPage.vue'), meta: { titleKey: 'offer.title' } },
  { path: '/queue/remote', component: () => import('./pages/RemoteQueuePage.vue'), meta: { titleKey: 'remoteQueue.title' } },
  // The draw (issue 21): public facts and the form; the pages behind its mails' links carry #token=….
  { path: '/draw', component: () => import('./pages/DrawPage.vue'), meta: { titleKey: 'draw.title' } },
  { path: '/draw/register', component: () => import('./pages/DrawRegisterPage.vue'), meta: { titleKey: 'drawRegister.title' } },
  { path: '/draw/verify', component: () => import('./pages/DrawVerifyPage.vue'), meta: { titleKey: 'drawVerify.title' } },
  { path: '/draw/status', component: () => import('./pages/DrawStatusPage.vue'), meta: { titleKey: 'drawStatus.title' } },
  { path: '/draw/offer', component: () => import('./pages/DrawOfferPage.vue'), meta: { titleKey: 'drawOffer.title' } },
  // Reachable from every page's footer, and during maintenance, too.
  { path: '/leichte-sprache', component: () => import('./pages/EasyLanguagePage.vue'), meta: { titleKey: 'easy.title' } },
  { path: '/barrierefreiheit', component: () => import('./pages/AccessibilityPage.vue'), meta: { titleKey: 'accessibility.title' } },
  { path: '/:unknown(.*)*', component: () => import('./pages/NotFoundPage.vue'), meta: { titleKey: 'notFound.title' } },
];

export function createPortalRouter() {
  const router = createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes,
    // A new fragment (number and secret typed in) is not a new page: stay where the form was.
    scrollBehavior: (to, from, saved) => saved ?? (to.path === from.path ? false : { top: 0 }),
  });
  guardBookingSteps(router);
  return router;
}

/**
 * A step whose choices are missing (an old link, a hold run out, Forward past a hold given back)
 * shows the first step that still needs one, in place of the entry asked for; the widget's router
 * keeps the same rule.
 */
export function guardBookingSteps(router: Router): void {
  router.beforeEach((to) => {
    const wanted = to.meta.step;
    if (!wanted) return true;
    const reachable = reachableStep(wanted, progressOf(useBookingDraft()));
    return reachable === wanted ? true : { path: stepPath(reachable), replace: true };
  });
}
