/**
 * Two 115 calls on the typed SDK. First call: find the service, book the first free time at any
 * office for the caller. Second call, the caller without the secret: the agent finds the
 * appointment by its number and the caller's phone number (in whatever spelling the caller says
 * it), moves it to the next free time, sends the confirmation again and cancels it. The API key
 * (level `callcenter`) makes every booking a HOTLINE booking on the public contingent; no
 * argument says so. Each look-up by number and phone counts against the key's budget of wrong
 * guesses per number, as wrong secrets do.
 *
 *   ZMS_URL=http://127.0.0.1:4000/graphql ZMS_API_KEY=zk_… \
 *     npx tsx clients/sdk/examples/hotline-agent.ts "Anmeldung einer Wohnung" "030 1234567" "Erika Mustermann"
 */
import { pathToFileURL } from 'node:url';
import {
  AvailableDaysDocument,
  AvailableSlotsDocument,
  CancelAppointmentOnBehalfDocument,
  ConfirmAppointmentDocument,
  HotlineAppointmentDocument,
  RescheduleAppointmentOnBehalfDocument,
  ResendAppointmentConfirmationDocument,
  ReserveSlotDocument,
  ServicesDocument,
  ViewerDocument,
  ZmsRequestError,
  createZmsClient,
  type ZmsClient,
} from '@zms/sdk';

export interface HotlineAgentOptions {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** An API key of level callcenter. */
  apiKey: string;
  /** The service as the caller names it; an exact name wins over the first partial match. */
  serviceName: string;
  /** The 115 needs an email or a phone number; the agent takes the phone. `spokenPhone`: how the caller says it on the second call (default the same). */
  caller: { phone: string; name?: string; spokenPhone?: string };
  /** First day to search, YYYY-MM-DD; default today in Berlin. */
  from?: string;
  /** For how many persons (a family books one appointment); each takes the service's time again, up to the office's maxPersonsPerService. Default 1. */
  persons?: number;
  log: (line: string) => void;
}

export interface HotlineAgentResult {
  serviceId: string;
  officeId: string;
  number: number;
  bookedStart: string;
  movedStart: string;
}

const timeZone = 'Europe/Berlin';
// The most days one availableDays query may span, both ends included.
const searchDays = 92;

export async function runHotlineAgent({ url, apiKey, serviceName, caller, from = localDate(new Date()), persons = 1, log }: HotlineAgentOptions): Promise<HotlineAgentResult> {
  const zms = createZmsClient({ url, apiKey });

  const { viewer } = await zms.request(ViewerDocument);
  if (viewer.kind !== 'apiKey') throw new Error(`the API takes ZMS_API_KEY for a caller of kind ${viewer.kind}, not for an API key`);
  log(`signed in with the API key "${viewer.name}"`);

  const service = await findService(zms, serviceName);
  log(`service: ${service.name} (id ${service.id})`);
  // The service with its persons: availability answers only with times that have room for them all.
  const services = [{ serviceId: service.id, quantity: persons }];

  const { availableDays } = await zms.request(AvailableDaysDocument, { input: { services, from, to: addDays(from, searchDays - 1) } });
  if (availableDays.length === 0) throw new Error(`no office has a free time for ${service.name} from ${from} on`);

  // Others book at the same moment: a time gone between the query and the hold means the next one.
  let reservation: { token: string; start: string; office: { id: string; name: string } } | null = null;
  for (const day of availableDays) {
    const { availableSlots } = await zms.request(AvailableSlotsDocument, { input: { services, date: day.date } });
    const candidates = availableSlots.flatMap(({ office, startTimes }) => startTimes.map((start) => ({ office, start }))).sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    for (const { office, start } of candidates) {
      const { reserveSlot } = await zms.request(ReserveSlotDocument, { input: { officeId: office.id, services, start } });
      if (reserveSlot.__typename === 'Reservation') {
        reservation = reserveSlot;
        break;
      }
      if (reserveSlot.__typename !== 'SlotUnavailable') throw new Error(`reserveSlot: ${describeFailure(reserveSlot)}`);
      log(`${office.name} ${formatTime(start)} was just taken, trying the next time`);
    }
    if (reservation) break;
  }
  if (!reservation) throw new Error(`every free time for ${service.name} was taken while booking`);
  log(`reserved ${reservation.office.name}, ${formatTime(reservation.start)}`);

  const { confirmAppointment } = await zms.request(ConfirmAppointmentDocument, {
    input: { reservationToken: reservation.token, contact: { phone: caller.phone, name: caller.name } },
  });
  if (confirmAppointment.__typename !== 'ConfirmedAppointment') throw new Error(`confirmAppointment: ${describeFailure(confirmAppointment)}`);
  const { appointment: booked } = confirmAppointment;
  log(`confirmed appointment ${booked.number} (${booked.channel}) for ${caller.phone}; the caller keeps the number`);

  // The second call: the caller gives the number and the phone number, not the secret.
  const said = { number: booked.number, phone: caller.spokenPhone ?? caller.phone };
  const { hotlineAppointment: appointment } = await zms.request(HotlineAppointmentDocument, { input: said });
  if (!appointment) throw new Error(`no appointment ${said.number} with the phone number ${said.phone}`);
  log(`found appointment ${appointment.number} by its number and phone: ${appointment.office.name}, ${formatTime(appointment.start)}`);

  let moved: { start: string } | null = null;
  for (const day of availableDays.filter((candidate) => candidate.date >= appointment.date && candidate.offices.some((office) => office.id === appointment.office.id))) {
    const { availableSlots } = await zms.request(AvailableSlotsDocument, { input: { services, date: day.date, officeIds: [appointment.office.id] } });
    const later = availableSlots.flatMap((slots) => slots.startTimes).filter((start) => Date.parse(start) > Date.parse(appointment.start));
    for (const start of later.sort((a, b) => Date.parse(a) - Date.parse(b))) {
      const { rescheduleAppointmentOnBehalf: rescheduled } = await zms.request(RescheduleAppointmentOnBehalfDocument, { input: { appointment: said, start } });
      if (rescheduled.__typename === 'Appointment') {
        moved = rescheduled;
        break;
      }
      if (rescheduled.__typename !== 'SlotUnavailable') throw new Error(`rescheduleAppointmentOnBehalf: ${describeFailure(rescheduled)}`);
      log(`${formatTime(start)} was just taken, trying the next time`);
    }
    if (moved) break;
  }
  if (!moved) throw new Error(`${appointment.office.name} has no free time after ${formatTime(appointment.start)}`);
  log(`moved appointment ${appointment.number} from ${formatTime(appointment.start)} to ${formatTime(moved.start)}`);

  const { resendAppointmentConfirmation: resent } = await zms.request(ResendAppointmentConfirmationDocument, { input: { appointment: said } });
  if (resent.__typename !== 'Appointment') throw new Error(`resendAppointmentConfirmation: ${describeFailure(resent)}`);
  log(`sent the confirmation of appointment ${appointment.number} again, with a fresh code`);

  const { cancelAppointmentOnBehalf: cancelled } = await zms.request(CancelAppointmentOnBehalfDocument, { input: { appointment: said, reason: 'Auf Wunsch am Telefon abgesagt.' } });
  if (cancelled.__typename !== 'Appointment') throw new Error(`cancelAppointmentOnBehalf: ${describeFailure(cancelled)}`);
  log(`cancelled appointment ${appointment.number} (status ${cancelled.status})`);

  return { serviceId: service.id, officeId: appointment.office.id, number: appointment.number, bookedStart: appointment.start, movedStart: moved.start };
}

async function findService(zms: ZmsClient, name: string): Promise<{ id: string; name: string }> {
  const { services } = await zms.request(ServicesDocument, { search: name, first: 20 });
  const found = services.edges.map((edge) => edge.node);
  const service = found.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase()) ?? found[0];
  if (!service) throw new Error(`no service is called like "${name}"`);
  return service;
}

function describeFailure(result: { __typename: string; code: string; message: string; problems?: string[] }): string {
  return `${result.__typename} (${result.code}): ${result.message}${result.problems ? ` ${result.problems.join(' ')}` : ''}`;
}

function localDate(instant: Date): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(instant);
}

function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

function formatTime(instant: string): string {
  return new Intl.DateTimeFormat('de-DE', { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));
}

async function main(): Promise<void> {
  const [serviceName, phone, name] = process.argv.slice(2);
  const apiKey = process.env.ZMS_API_KEY;
  if (!serviceName || !phone || !apiKey) {
    console.error('usage: ZMS_API_KEY=zk_… [ZMS_URL=…/graphql] hotline-agent.ts <service name> <caller phone> [caller name]');
    process.exit(2);
  }
  const url = process.env.ZMS_URL ?? 'http://127.0.0.1:4000/graphql';
  await runHotlineAgent({ url, apiKey, serviceName, caller: { phone, name }, log: (line) => console.log(line) });
}

// Runs only as a script, so that tests can import runHotlineAgent.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    if (error instanceof ZmsRequestError && error.retryAfterSeconds !== null) console.error(`${error.message} (retry in ${error.retryAfterSeconds} s)`);
    else console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
