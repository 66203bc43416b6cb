import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import { guardBookingSteps, routes } from '../router';

/** The portal's pages a booking passes through: its steps, and the waitlist's form and entry. */
const bookingRoutes = routes.filter((route) => route.meta?.step !== undefined || route.path === '/waitlist');

/**
 * The portal's booking steps without the host page's address bar: they live in memory, so that the
 * widget neither reads nor changes the URL of the page it is on. Managing the appointment afterwards
 * happens on the portal, where the confirmation's link leads.
 */
export function createWidgetRouter(): Router {
  const router = createRouter({ history: createMemoryHistory(), routes: bookingRoutes });
  guardBookingSteps(router);
  return router;
}
