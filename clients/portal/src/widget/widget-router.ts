import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import { progressOf, useBookingDraft } from '../composables/use-booking-draft';
import { reachableStep, stepPath } from '../flow/booking-steps';
import { routes } from '../router';

/** The portal's pages a booking passes through: its steps, and the waitlist's form and entry. */
const bookingRoutes = routes.filter((route) => route.meta?.step !== undefined || route.path === '/waitlist');

/**
 * The portal's booking steps without the host page's address bar: they live in memory, so that the
 * widget neither reads nor changes the URL of the page it is on. Managing the appointment afterwards
 * happens on the portal, where the confirmation's link leads.
 */
export function createWidgetRouter(): Router {
  const router = createRouter({ history: createMemoryHistory(), routes: bookingRoutes });
  // As in the portal: a step whose choices are missing shows the first step that still needs one.
  router.beforeEach((to) => {
    const wanted = to.meta.step;
    if (!wanted) return true;
    const reachable = reachableStep(wanted, progressOf(useBookingDraft()));
    return reachable === wanted ? true : { path: stepPath(reachable), replace: true };
  });
  return router;
}
