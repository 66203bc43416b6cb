import type { EntityManager } from '@mikro-orm/postgresql';
import { map, pipe } from '@graphql-yoga/subscription';
import { Repeater } from '@repeaterjs/repeater';
import { Permission } from '../../domain/accounts/principal';
import { emit } from '../../platform/events/event-bus';
import { Topic, type AlarmPayload, type TopicPayloads } from '../../platform/events/topics';
import { NotAtCounter, NotFound, badUserInput } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { authorize, authorizeAnywhere, type RequestContext } from '../../platform/request-context';
import { sqlArray, sqlInstant } from '../../platform/sql';
import { inTransaction } from '../../platform/transaction';
import { audit } from '../audit/audit';
import { bumpOfficeVersion } from '../catalog/office-version';
import { counterSessionOf } from '../queue/queue-rows';
import { AlarmChangedEvent, AlarmView, OfficeAlarms, type AcknowledgeAlarmInput } from './alarm.types';

/** Offices one snapshot or subscription may follow: a staff client follows those it works at. */
const maxOffices = 50;

interface AlarmRow {
  id: string;
  office_id: number;
  counter_name: string;
  room: string | null;
  raised_at: string | Date;
  raised_by: string | null;
  acknowledged_at: string | Date | null;
  acknowledged_by: string | null;
}

/** Shown in the alarm: the counter and who raised and acknowledged it, by their names now. */
const alarmSelect = `select a.id, a.office_id, c.name as counter_name, c.room, a.raised_at, r.display_name as raised_by, a.acknowledged_at, k.display_name as acknowledged_by
  from alarm a join counter c on c.id = a.counter_id left join staff_account r on r.id = a.raised_by_id left join staff_account k on k.id = a.acknowledged_by_id`;

function payloadOf(row: AlarmRow): AlarmPayload {
  return {
    id: Number(row.id),
    counterName: row.counter_name,
    room: row.room,
    raisedAt: sqlInstant(row.raised_at).toISOString(),
    raisedBy: row.raised_by,
    acknowledgedAt: row.acknowledged_at === null ? null : sqlInstant(row.acknowledged_at).toISOString(),
    acknowledgedBy: row.acknowledged_by,
  };
}

function viewOf(officeId: number, alarm: AlarmPayload): AlarmView {
  return Object.assign(new AlarmView(), {
    ...alarm,
    officeId,
    raisedAt: new Date(alarm.raisedAt),
    acknowledgedAt: alarm.acknowledgedAt === null ? null : new Date(alarm.acknowledgedAt),
  });
}

// One view per event, so that every staff client's subscription shares one execution of it.
const eventViews = new WeakMap<TopicPayloads[Topic.alarmChanged], AlarmChangedEvent>();
function eventOf(change: TopicPayloads[Topic.alarmChanged]): AlarmChangedEvent {
  let event = eventViews.get(change);
  if (!event) {
    event = Object.assign(new AlarmChangedEvent(), { officeId: String(change.officeId), version: change.version, alarm: viewOf(change.officeId, change.alarm) });
    eventViews.set(change, event);
  }
  return event;
}

/**
 * Silent alarms of counters. Who works an office's queue raises, sees and acknowledges its alarms;
 * displays and kiosks never do, since they hold no workQueue right (principal.ts). Raising and
 * acknowledging are single statements the database settles, whichever process runs them; each
 * raises the office version and tells the office's staff clients on every process.
 */
export class AlarmService {
  async raiseAlarm(ctx: RequestContext): Promise<AlarmView | InstanceType<typeof NotAtCounter>> {
    authorizeAnywhere(ctx, Permission.workQueue);
    return inTransaction(ctx.em, async (em) => {
      const session = await counterSessionOf(em, ctx);
      if (!session || ctx.principal.kind !== 'staff') return new NotAtCounter('Sign in at a counter first: the alarm names the counter.');
      authorize(ctx, Permission.workQueue, session.office_id);
      // The partial unique index decides: a second raise, here or in another process, inserts nothing.
      const [raised] = await em.execute<{ id: string }[]>(
        `insert into alarm (organisation_id, office_id, counter_id, raised_by_id, raised_at)
         select o.organisation_id, o.id, ?, ?, ? from office o where o.id = ?
         on conflict (counter_id) where acknowledged_at is null do nothing returning id`,
        [session.counter_id, ctx.principal.accountId, ctx.clock.now(), session.office_id],
      );
      if (!raised) {
        const [open] = await em.execute<AlarmRow[]>(`${alarmSelect} where a.counter_id = ? and a.acknowledged_at is null`, [session.counter_id]);
        return viewOf(open.office_id, payloadOf(open));
      }
      await audit(em, ctx, 'raiseAlarm', session.office_id, { alarmId: raised.id, counter: session.name });
      return this.announce(em, raised.id);
    });
  }

  /** Closes an open alarm; acknowledging a closed one answers it as it was closed, and tells nobody again. */
  async acknowledgeAlarm(ctx: RequestContext, input: AcknowledgeAlarmInput): Promise<AlarmView | NotFound> {
    authorizeAnywhere(ctx, Permission.workQueue);
    const alarmId = parseId(input.alarmId);
    return inTransaction(ctx.em, async (em) => {
      const [alarm] = alarmId === null ? [] : await em.execute<{ id: string; office_id: number }[]>('select id, office_id from alarm where id = ?', [alarmId]);
      if (!alarm) return new NotFound('There is no such alarm.');
      authorize(ctx, Permission.workQueue, alarm.office_id);
      const accountId = ctx.principal.kind === 'staff' ? ctx.principal.accountId : null;
      const [closed] = await em.execute<{ id: string }[]>('update alarm set acknowledged_at = ?, acknowledged_by_id = ? where id = ? and acknowledged_at is null returning id', [ctx.clock.now(), accountId, alarm.id]);
      if (!closed) {
        const [row] = await em.execute<AlarmRow[]>(`${alarmSelect} where a.id = ?`, [alarm.id]);
        return viewOf(row.office_id, payloadOf(row));
      }
      await audit(em, ctx, 'acknowledgeAlarm', alarm.office_id, { alarmId: alarm.id });
      return this.announce(em, alarm.id);
    });
  }

  /** The open alarms of offices, each with the version it reflects: one statement, so both are of one commit. */
  async openAlarms(ctx: RequestContext, officeIdTexts: string[]): Promise<OfficeAlarms[]> {
    const officeIds = this.followedOffices(ctx, officeIdTexts);
    const rows = await ctx.em.execute<{ id: number; version: number; alarms: AlarmRow[] }[]>(
      `select o.id, o.version, coalesce((select json_agg(open order by open.raised_at, open.id) from (${alarmSelect} where a.office_id = o.id and a.acknowledged_at is null) open), '[]') as alarms
         from office o where o.id = any(?::bigint[]) order by o.id`,
      [sqlArray(officeIds)],
    );
    if (rows.length < officeIds.length) throw badUserInput('There is no such office.');
    return rows.map((row) => Object.assign(new OfficeAlarms(), { officeId: row.id, version: row.version, alarms: row.alarms.map((alarm) => viewOf(row.id, payloadOf(alarm))) }));
  }

  async alarmChanged(ctx: RequestContext, officeIdTexts: string[]): Promise<AsyncIterable<AlarmChangedEvent>> {
    const officeIds = this.followedOffices(ctx, officeIdTexts);
    const known = await ctx.em.execute<{ id: number }[]>('select id from office where id = any(?::bigint[])', [sqlArray(officeIds)]);
    if (known.length < officeIds.length) throw badUserInput('There is no such office.');
    // Mapped by a repeater, not an async generator: ending it must not wait for the next event.
    return pipe(Repeater.merge(officeIds.map((officeId) => ctx.bus.subscribe(Topic.alarmChanged, officeId))), map(eventOf));
  }

  /** The offices asked for, each one where the caller works the queue: checked before any is looked up. */
  private followedOffices(ctx: RequestContext, officeIdTexts: string[]): number[] {
    authorizeAnywhere(ctx, Permission.workQueue);
    if (officeIdTexts.length === 0 || officeIdTexts.length > maxOffices) throw badUserInput(`Give 1 to ${maxOffices} offices.`);
    const officeIds = [...new Set(officeIdTexts.map((text) => parseId(text)))];
    if (officeIds.includes(null)) throw badUserInput('There is no such office.');
    for (const officeId of officeIds) authorize(ctx, Permission.workQueue, officeId!);
    return officeIds as number[];
  }

  /** Raises the office version and tells the office's staff clients, in the change's transaction. */
  private async announce(em: EntityManager, alarmId: string): Promise<AlarmView> {
    const [row] = await em.execute<AlarmRow[]>(`${alarmSelect} where a.id = ?`, [alarmId]);
    const version = await bumpOfficeVersion(em, row.office_id);
    const alarm = payloadOf(row);
    emit({ topic: Topic.alarmChanged, payload: { officeId: row.office_id, version, alarm } });
    return viewOf(row.office_id, alarm);
  }
}
