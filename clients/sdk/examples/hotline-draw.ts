/**
 * A 115 call for a service an office hands out by draw: the agent registers the caller for the
 * draw that is open for registration, with the same key and the same rights as for booking (a
 * `callcenter` key registers on the citizen's behalf; nothing else is needed). The caller gets the
 * mail with the link that confirms the registration; where they gave a mobile number they also get
 * an SMS code, and may read it to the agent, who confirms with it on the call. Whether the
 * registration counts, the draw's order and the offer follow by mail and SMS.
 *
 *   ZMS_URL=http://127.0.0.1:4000/graphql ZMS_API_KEY=zk_… \
 *     npx tsx clients/sdk/examples/hotline-draw.ts "Anmeldung einer Wohnung" "Erika Mustermann" erika@example.org "0151 2345678"
 */
import { pathToFileURL } from 'node:url';
import { createInterface } from 'node:readline/promises';
import { DrawRegistrationDocument, DrawsDocument, RegisterForDrawDocument, ServicesDocument, VerifyDrawRegistrationDocument, ViewerDocument, ZmsRequestError, createZmsClient, type MessageLanguage, type ZmsClient } from '@zms/sdk';

export interface HotlineDrawOptions {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** An API key of level callcenter. */
  apiKey: string;
  /** The service as the caller names it; an exact name wins over the first partial match. */
  serviceName: string;
  /** The booking made from an offer carries the name, and cannot be given to anyone else; the mail goes to the email, the SMS code (and offers) to the phone. */
  caller: { name: string; email: string; phone?: string; language?: MessageLanguage };
  /** For how many persons (up to the offices' maxPersonsPerService). Default 1. */
  persons?: number;
  /** Acceptable times of day, "HH:MM" in the office's time zone; none: any time. */
  timeWindows?: { from: string; to: string }[];
  /** Without a slot this time, take part in the next draw of the service. Default true. */
  rollOver?: boolean;
  /** Asks the caller for the SMS code; null when they have none (then the mail's link confirms). */
  askForCode?: () => Promise<string | null>;
  log: (line: string) => void;
}

export interface HotlineDrawResult {
  drawId: string;
  registrationId: string;
  /** The registration's public random id in the list the office publishes after the draw. */
  entryDigest: string;
  /** Opens the registration's status; the caller has it in the mail too. */
  statusToken: string;
  status: string;
}

export async function registerCallerForDraw({ url, apiKey, serviceName, caller, persons = 1, timeWindows = [], rollOver = true, askForCode, log }: HotlineDrawOptions): Promise<HotlineDrawResult> {
  const zms = createZmsClient({ url, apiKey });

  const { viewer } = await zms.request(ViewerDocument);
  if (viewer.kind !== 'apiKey') throw new Error(`the API takes ZMS_API_KEY for a caller of kind ${viewer.kind}, not for an API key`);
  log(`signed in with the API key "${viewer.name}"`);

  const service = await findService(zms, serviceName);
  log(`service: ${service.name} (id ${service.id})`);

  // The next draw not yet run (its commitment is public from the start); the server's clock
  // decides whether its window is open, and says so if not.
  const { draws } = await zms.request(DrawsDocument, { serviceId: service.id });
  const draw = draws.find((candidate) => candidate.status === 'open') ?? draws.find((candidate) => candidate.status === 'scheduled');
  if (!draw) throw new Error(`no draw of ${service.name} is open or scheduled`);
  log(`draw of ${formatTime(draw.drawAt)} for ${draw.slotsFrom}..${draw.slotsTo} at ${draw.offices.map((office) => office.name).join(', ')}; registration closes ${formatTime(draw.registrationClosesAt)}; commitment ${draw.commitment}`);

  // Every office and day of the draw is acceptable unless the caller said otherwise: the more, the better the chance.
  const { registerForDraw: registered } = await zms.request(RegisterForDrawDocument, {
    input: {
      drawId: draw.id,
      officeIds: draw.offices.map((office) => office.id),
      dateFrom: draw.slotsFrom,
      dateTo: draw.slotsTo,
      timeWindows,
      persons,
      contact: { name: caller.name, email: caller.email, phone: caller.phone ?? null },
      language: caller.language ?? 'de',
      rollOver,
    },
  });
  if (registered.__typename !== 'DrawRegistered') throw new Error(`registerForDraw: ${describeFailure(registered)}`);
  const { registration, statusToken } = registered;
  log(`registered ${caller.name} (entry ${registration.entryDigest}, ${registration.status}); the confirmation link goes to ${caller.email}`);

  let status: string = registration.status;
  const code = caller.phone && askForCode ? await askForCode() : null;
  if (code) {
    const { verifyDrawRegistration: verified } = await zms.request(VerifyDrawRegistrationDocument, { token: statusToken, code });
    if (verified.__typename !== 'DrawRegistrationView') throw new Error(`verifyDrawRegistration: ${describeFailure(verified)}`);
    status = verified.status;
    log(`confirmed with the SMS code the caller read out: ${status}`);
  } else {
    const { drawRegistration } = await zms.request(DrawRegistrationDocument, { token: statusToken });
    status = drawRegistration?.status ?? status;
    log(`waiting for the caller to confirm by the mail's link before ${formatTime(draw.registrationClosesAt)} (${status})`);
  }

  return { drawId: draw.id, registrationId: registration.id, entryDigest: registration.entryDigest, statusToken, status };
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

function formatTime(instant: string): string {
  return new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));
}

async function main(): Promise<void> {
  const [serviceName, name, email, phone] = process.argv.slice(2);
  const apiKey = process.env.ZMS_API_KEY;
  if (!serviceName || !name || !email || !apiKey) {
    console.error('usage: ZMS_API_KEY=zk_… [ZMS_URL=…/graphql] hotline-draw.ts <service name> <caller name> <caller email> [caller mobile]');
    process.exit(2);
  }
  const url = process.env.ZMS_URL ?? 'http://127.0.0.1:4000/graphql';
  const askForCode = async () => {
    const prompt = createInterface({ input: process.stdin, output: process.stdout });
    const typed = (await prompt.question('SMS code the caller reads out (empty: the mail link confirms): ')).trim();
    prompt.close();
    return typed || null;
  };
  await registerCallerForDraw({ url, apiKey, serviceName, caller: { name, email, phone }, askForCode, log: (line) => console.log(line) });
}

// Runs only as a script, so that tests can import registerCallerForDraw.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    if (error instanceof ZmsRequestError && error.retryAfterSeconds !== null) console.error(`${error.message} (retry in ${error.retryAfterSeconds} s)`);
    else console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
