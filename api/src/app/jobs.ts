import { eraseExpiredContacts } from '../modules/booking/appointment-retention';
import { purgeWaitlist } from '../modules/waitlist/waitlist-retention';
import { eraseDrawContacts } from '../modules/draw/draw-retention';
import { JobKind, type JobRunner } from '../platform/jobs/job-queue';
import type { Services } from './services';

/** Which service does each kind of job; the runner leases them from the job table. */
export function registerJobs(jobs: JobRunner, services: Services): JobRunner {
  return (
    jobs
      .register(JobKind.freeCapacity, (em, key, now) => services.reservations.freeCapacity(em, key, now))
      .register(JobKind.extendWindow, (em, key, now) => services.capacity.extendWindow(em, key, now))
      .register(JobKind.endDay, services.queue.endDay)
      .register(JobKind.runDraw, (em, key, now) => services.drawRunner.run(em, key, now))
      .register(JobKind.releaseDraw, (em, key, now) => services.drawRunner.release(em, key, now))
      // Sends wait on other servers: a few at once, so that one slow server does not hold up the rest.
      .register(JobKind.deliverMessage, services.notifications.delivery, { parallelism: 4 })
      .register(JobKind.deliverWebhook, services.webhookDeliveries.job, { parallelism: 4 })
      .register(JobKind.sendReminder, (em, key, now) => services.notifications.remind(em, key, now))
      // Daily, each owner erases what of its tables is past its retention: contacts, then messages, then waitlist entries, draw registrations' contacts, notes and webhook deliveries.
      .register(JobKind.retention, async (em, _key, now) => {
        await services.notifications.forgetMessages(em, await eraseExpiredContacts(em, now), now);
        await purgeWaitlist(em, now, services.notifications.settings.notifications.messageRetentionDays);
        await eraseDrawContacts(em, now, services.notifications.settings.notifications.messageRetentionDays);
        await services.notes.eraseExpiredNotes(em, now);
        await services.webhookDeliveries.forget(em, now, services.notifications.settings.notifications.messageRetentionDays);
        return new Date(now.getTime() + 86_400_000);
      })
      .register(JobKind.housekeeping, async (em, _key, now) => {
        // rate_limit keeps its expiry in epoch milliseconds of real time, as the limiter writes it.
        await em.execute('delete from rate_limit where expire < ?', [Date.now()]);
        await em.execute('delete from used_proof_of_work where used_at < ?', [new Date(now.getTime() - 86_400_000)]);
        return new Date(now.getTime() + 3_600_000);
      })
  );
}
