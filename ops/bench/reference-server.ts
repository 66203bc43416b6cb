import { readFileSync } from 'node:fs';
import http from 'node:http';
import pg from 'pg';
import { WebSocketServer, type WebSocket } from 'ws';
import { benchIds } from './processes';

// The references each scenario is measured against, served as a process of its own like the API:
//   floor    bare node:http, hand-written SQL through pg on every request, no cache
//   ceiling  bare node:http sending one precomputed answer (the file CEILING_BODY_FILE)
//   ws       a bare ws server broadcasting a payload to every client on POST /call; GET /subscribers
//            answers how many sockets sent a message (a subscription, in the reconnect storm)
// Prints "listening <port>" once it accepts connections.

const kind = process.argv[2];

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

function send(response: http.ServerResponse, status: number, body: string): void {
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

// Free starts of one service in the public contingent: a start counts when the slots of the
// office's duration for the service, one after the other, are all free (uniform slot length).
const freeStartsSql = `
  with free as (
    select s.office_id, s.local_date, s.start_at, s.end_at, os.duration_slots
      from office_service os join slot s on s.office_id = os.office_id
     where os.service_id = $1 and os.bookable_online
       and s.local_date between $2::date and $3::date
       and s.start_at > now() and s.bookable_from <= now() and s.public_until > now()
       and s.taken < s.public_capacity
  ), runs as (
    select office_id, local_date, start_at, duration_slots,
           lead(start_at, duration_slots - 1) over (partition by office_id, local_date order by start_at) as last_start,
           end_at - start_at as slot_length
      from free
  )
  select office_id, local_date, start_at from runs
   where duration_slots = 1 or last_start = start_at + (duration_slots - 1) * slot_length`;

async function floorServer(pool: pg.Pool): Promise<http.Server> {
  return http.createServer(async (request, response) => {
    try {
      // The floor does the API's ID work too: IDs in, keys to SQL, IDs out.
      const given = JSON.parse(await readBody(request)) as Record<string, string>;
      const input: Record<string, string> = { ...given, serviceId: benchIds.toDatabaseKey(given.serviceId) ?? '0', officeId: given.officeId === undefined ? '' : (benchIds.toDatabaseKey(given.officeId) ?? '0') };
      if (request.url === '/calendar') {
        const { rows } = await pool.query<{ local_date: string; offices: number }>(`select local_date::text, count(distinct office_id)::int as offices from (${freeStartsSql}) starts group by local_date order by local_date`, [
          input.serviceId,
          input.from,
          input.to,
        ]);
        send(response, 200, JSON.stringify({ data: { availableDays: rows.map((row) => ({ date: row.local_date, officeCount: row.offices })) } }));
      } else if (request.url === '/day') {
        const { rows } = await pool.query<{ id: number; version: number; starts: Date[] }>(
          `select o.id, o.version, coalesce(array_agg(f.start_at order by f.start_at) filter (where f.start_at is not null), '{}') as starts
             from office o join office_service os on os.office_id = o.id and os.service_id = $1 and os.bookable_online
             left join (${freeStartsSql}) f on f.office_id = o.id
            group by o.id order by o.id`,
          [input.serviceId, input.date, input.date],
        );
        send(response, 200, JSON.stringify({ data: { availableSlots: rows.map((row) => ({ office: { id: benchIds.toPublic(row.id) }, version: row.version, startTimes: row.starts.map((start) => start.toISOString()) })) } }));
      } else if (request.url === '/book') {
        send(response, 200, JSON.stringify(await book(pool, input)));
      } else {
        send(response, 404, '{}');
      }
    } catch (error) {
      send(response, 500, JSON.stringify({ errors: [{ message: (error as Error).message }] }));
    }
  });
}

/** The booking's conditional update: every slot of the run gains one, or none does. */
async function book(pool: pg.Pool, input: Record<string, string>): Promise<{ booked: boolean }> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const taken = await client.query<{ id: string }>(
      `update slot s set taken = taken + 1
         from office_service os
        where os.office_id = s.office_id and os.service_id = $2 and s.office_id = $1
          and s.start_at >= $3::timestamptz and s.start_at < $3::timestamptz + os.duration_slots * (s.end_at - s.start_at)
          and s.taken < s.public_capacity and s.bookable_from <= now() and s.public_until > now()
        returning s.id, os.duration_slots`,
      [input.officeId, input.serviceId, input.start],
    );
    const length = (taken.rows[0] as unknown as { duration_slots: number } | undefined)?.duration_slots ?? 0;
    if (taken.rowCount === 0 || taken.rowCount !== length) {
      await client.query('rollback');
      return { booked: false };
    }
    const [appointment] = (
      await client.query<{ id: number }>(
        `insert into appointment (organisation_id, number, office_id, status, channel, contingent, start_at, end_at, local_date, secret_digest, contact_email, created_at, updated_at)
         select o.organisation_id, nextval(format('appointment_number_%s', o.organisation_id)::regclass), $1, 'confirmed', 'PORTAL', 'public', min(s.start_at), max(s.end_at), min(s.local_date), md5(random()::text), $3, now(), now()
           from slot s join office o on o.id = s.office_id where s.id = any($2::bigint[]) group by o.organisation_id returning id`,
        [input.officeId, taken.rows.map((row) => row.id), input.email],
      )
    ).rows;
    await client.query('insert into slot_claim (slot_id, appointment_id) select unnest($1::bigint[]), $2', [taken.rows.map((row) => row.id), appointment.id]);
    await client.query('commit');
    return { booked: true };
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

function ceilingServer(body: string): http.Server {
  return http.createServer((request, response) => {
    request.resume();
    request.on('end', () => send(response, 200, body));
  });
}

/** Broadcasts the body of POST /call to every connected client, as graphql-ws "next" messages. */
function broadcastServer(): http.Server {
  let subscribers = 0;
  const server = http.createServer(async (request, response) => {
    if (request.method === 'GET' && request.url === '/subscribers') return send(response, 200, String(subscribers));
    const payload = await readBody(request);
    for (const client of sockets.clients) (client as WebSocket).send(payload);
    send(response, 200, '{}');
  });
  const sockets = new WebSocketServer({ server });
  sockets.on('connection', (socket) => {
    socket.once('message', () => {
      subscribers += 1;
      socket.once('close', () => (subscribers -= 1));
    });
  });
  return server;
}

let server: http.Server;
if (kind === 'floor') server = await floorServer(new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 }));
else if (kind === 'ceiling') server = ceilingServer(readFileSync(process.env.CEILING_BODY_FILE!, 'utf8'));
else if (kind === 'ws') server = broadcastServer();
else throw new Error('Usage: reference-server.ts floor|ceiling|ws');
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => console.log(`listening ${(server.address() as { port: number }).port}`));
process.on('SIGTERM', () => process.exit(0));
