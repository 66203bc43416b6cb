import { createHash } from 'node:crypto';
import { drawOrder } from '../../api/src/domain/draw/draw-order';
import { DrawOfferStatus } from '../../api/src/domain/draw/draw-lifecycle';
import { drawStatistics, type OfferOutcome } from '../../api/src/domain/draw/draw-statistics';
import { type CandidateStart, type DrawPreference, earliestFitting, fitsPreference, matchInOrder } from '../../api/src/domain/draw/matching';

// Issue 21: one release of scarce appointments handed out first-come and by a draw, to the same
// citizens and the same bots, through the draw's own order and matching code (drawOrder,
// matchInOrder, fitsPreference, drawStatistics). It models who asks when and with which
// preferences; it measures no server. Deterministic for a seed: every random figure comes from
// one stream derived from it, and the draw's seed too.

const HOUR = 3_600_000;
const SECOND = 1000;

/** The population and the behaviour, printed with the result. */
export const drawModel = {
  offices: 5,
  /** Share of citizens whose nearest office each is. */
  officeWeights: [0.3, 0.25, 0.2, 0.15, 0.1],
  /** Working days released, from two weeks after the draw. */
  releasedDays: 10,
  /** Starts a day per office, 08:00 to 14:30 every 10 minutes, one citizen each: 5 × 10 × 40 = 2,000 slots. */
  startsPerDay: 40,
  humans: 10_000,
  windowHours: 72,
  /** The share of a registration mail's links clicked or SMS codes entered. */
  humansVerifying: 0.97,
  /** First-come: seconds from the release until a citizen waiting for it looks (log-normal). */
  humanReactionMedianSeconds: 45,
  humanReactionSigma: 1.1,
  /** First-come: a citizen who finds nothing fitting reloads this often more, 30 to 90 s apart. */
  humanRetries: 3,
  /** Draw: hours until a citizen answers an offer (log-normal); past the hold the offer lapses. */
  offerAnswerMedianHours: 3,
  offerAnswerSigma: 1.3,
  offerHoldHours: 24,
  /** Of those who answer in time, the share who take the offer (they stated their own preferences). */
  humansAccepting: 0.92,
  /** Offering ends 3 holds after the draw (release_at); freed slots go to the next in order until then. */
  offerRounds: 3,
  botOperators: 50,
  /** Verified identities per operator where the registration checks an email address only: a mailbox costs next to nothing, proof of work and rate limits per registration are what it pays. */
  botIdentitiesEmail: 20,
  /** …where an SMS code is checked too: a SIM card (and its number) per identity. */
  botIdentitiesPhone: 2,
  /** Appointments one address may hold at one office (ACTIVE_APPOINTMENTS_PER_EMAIL's default). */
  appointmentsPerAddressAndOffice: 2,
  /** Milliseconds per request of a bot (reserve, confirm, register, accept). */
  botRequestMs: [20, 80] as const,
};

export interface DrawSimulationOutcome {
  label: string;
  botIdentities: number;
  /** Bots' verified entries ÷ all verified entries (the draw only). */
  botShareOfRegistrants: number | null;
  /** Bots' share of the entries the draw offered a slot (its winners). */
  botShareOfWinners: number | null;
  /** Bots' share of the slots booked. */
  botShareOfSlots: number;
  humansServed: number;
  /** Booked ÷ released. */
  fillRate: number;
  medianDaysToAppointment: number | null;
  declined: number;
  lapsed: number;
  /** Humans' success by the 6-hour band of the window in which they arrived. */
  humansByBand: { band: string; humans: number; served: number }[];
  /** First-come only: humans' success by how fast they reacted to the release. */
  humansByReaction: { band: string; humans: number; served: number }[] | null;
  /** Requests in the busiest second from the release (first-come) or the draw on, for an hour. */
  peakAtRelease: number;
  /** Requests in the busiest second of the whole run, and when it was. */
  peakAnywhere: number;
  peakAnywhereAt: string;
}

/** A uniform stream in [0, 1) from a seed: sha256 in counter mode, eight draws per hash. */
function randomStream(seed: string): () => number {
  let counter = 0;
  let block: Buffer = Buffer.alloc(0);
  let offset = 32;
  return () => {
    if (offset === 32) {
      block = createHash('sha256').update(`${seed}:${counter++}`).digest();
      offset = 0;
    }
    const value = block.readUInt32BE(offset) / 2 ** 32;
    offset += 4;
    return value;
  };
}

function logNormal(next: () => number, median: number, sigma: number): number {
  const normal = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return median * Math.exp(sigma * normal);
}

function between(next: () => number, [low, high]: readonly [number, number]): number {
  return low + next() * (high - low);
}

function pick<T>(next: () => number, values: readonly T[], weights: readonly number[]): T {
  let draw = next() * weights.reduce((sum, weight) => sum + weight, 0);
  for (const [index, value] of values.entries()) if ((draw -= weights[index]) < 0) return value;
  return values[values.length - 1];
}

const windowOpens = Date.parse('2027-01-04T08:00:00Z');
const windowCloses = windowOpens + drawModel.windowHours * HOUR;
/** The draw runs, and under first-come the same slots are released, when the window closes. */
const releaseAt = windowCloses;

function localDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Working days from two weeks after the draw (the calendar is in UTC here: one zone for all offices). */
function releasedDates(): string[] {
  const dates: string[] = [];
  for (let day = Date.parse('2027-01-18T00:00:00Z'); dates.length < drawModel.releasedDays; day += 24 * HOUR) {
    const weekday = new Date(day).getUTCDay();
    if (weekday !== 0 && weekday !== 6) dates.push(localDate(day));
  }
  return dates;
}

type Slot = CandidateStart & { capacity: number };

function releasedSlots(): Slot[] {
  const slots: Slot[] = [];
  for (const date of releasedDates()) {
    for (let office = 1; office <= drawModel.offices; office++) {
      for (let index = 0; index < drawModel.startsPerDay; index++) {
        const minutes = 8 * 60 + index * 10;
        const localTime = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        slots.push({ officeId: office, start: new Date(`${date}T${localTime}:00Z`), localDate: date, localTime, capacity: 1 });
      }
    }
  }
  return slots;
}

interface Human {
  id: number;
  /** When in the window they came to need an appointment, ms. */
  arrivedAt: number;
  preference: DrawPreference;
  /** First-come: when after the release they look first. */
  reactsAt: number;
  verifies: boolean;
  verifiesAt: number;
  /** Draw: hours to answer an offer, and whether they take it. */
  answerHours: number;
  accepts: boolean;
}

/** Citizens arrive more by day than by night: the weight of each hour of the day. */
function hourWeight(hourOfDay: number): number {
  if (hourOfDay < 6) return 0.15;
  if (hourOfDay < 9) return 0.8;
  if (hourOfDay < 18) return 1.5;
  return 1;
}

function makeHumans(next: () => number): Human[] {
  const dates = releasedDates();
  const offices = Array.from({ length: drawModel.offices }, (_, i) => i + 1);
  const hours = Array.from({ length: drawModel.windowHours }, (_, i) => i);
  const hourWeights = hours.map((hour) => hourWeight(new Date(windowOpens + hour * HOUR).getUTCHours()));
  return Array.from({ length: drawModel.humans }, (_, id) => {
    const arrivedAt = windowOpens + (pick(next, hours, hourWeights) + next()) * HOUR;
    // The nearest office, and with it one or two more for some; a range of days and for many a time of day.
    const home = pick(next, offices, drawModel.officeWeights);
    const spread = pick(next, [1, 2, 3, drawModel.offices], [0.4, 0.3, 0.15, 0.15]);
    const others = offices.filter((office) => office !== home);
    for (let i = others.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [others[i], others[j]] = [others[j], others[i]];
    }
    const officeIds = [home, ...others].slice(0, spread);
    const anyDay = next() < 0.3;
    const first = Math.floor(next() * dates.length);
    const last = anyDay ? dates.length - 1 : Math.min(dates.length - 1, first + 1 + Math.floor(next() * 6));
    const windows = pick(next, [[], [{ from: '08:00', to: '12:00' }], [{ from: '12:00', to: '15:00' }]], [0.55, 0.25, 0.2]);
    const preference: DrawPreference = { officeIds, dateFrom: anyDay ? dates[0] : dates[first], dateTo: dates[last], windows };
    const verifies = next() < drawModel.humansVerifying;
    return {
      id,
      arrivedAt,
      preference,
      reactsAt: releaseAt + logNormal(next, drawModel.humanReactionMedianSeconds, drawModel.humanReactionSigma) * SECOND,
      verifies,
      verifiesAt: arrivedAt + logNormal(next, 5, 1) * 60 * SECOND,
      answerHours: logNormal(next, drawModel.offerAnswerMedianHours, drawModel.offerAnswerSigma),
      accepts: next() < drawModel.humansAccepting,
    };
  });
}

/** Requests per second, kept sparse: the run spans days. */
class Load {
  private readonly perSecond = new Map<number, number>();
  add(at: number, requests = 1): void {
    const second = Math.floor(at / SECOND);
    this.perSecond.set(second, (this.perSecond.get(second) ?? 0) + requests);
  }
  /** Every operator polls once a second from `from` to `to`. */
  polling(from: number, to: number, pollers: number): void {
    for (let second = Math.floor(from / SECOND); second < to / SECOND; second++) this.perSecond.set(second, (this.perSecond.get(second) ?? 0) + pollers);
  }
  peak(from: number, to: number): { requests: number; at: number } {
    let best = { requests: 0, at: from };
    for (const [second, requests] of this.perSecond) {
      if (second * SECOND >= from && second * SECOND < to && requests > best.requests) best = { requests, at: second * SECOND };
    }
    return best;
  }
}

const bands = Array.from({ length: drawModel.windowHours / 6 }, (_, i) => i);
function bandLabel(band: number): string {
  const from = new Date(windowOpens + band * 6 * HOUR);
  return `${from.toISOString().slice(5, 10)} ${String(from.getUTCHours()).padStart(2, '0')}–${String((from.getUTCHours() + 6) % 24).padStart(2, '0')}`;
}

function byBand(humans: readonly Human[], served: ReadonlySet<number>): DrawSimulationOutcome['humansByBand'] {
  return bands.map((band) => {
    const inBand = humans.filter((human) => Math.floor((human.arrivedAt - windowOpens) / (6 * HOUR)) === band);
    return { band: bandLabel(band), humans: inBand.length, served: inBand.filter((human) => served.has(human.id)).length };
  });
}

/** A tiny binary heap of timed actions; equal times run in the order they were scheduled. */
class Timeline {
  private readonly heap: { at: number; seq: number; run: (at: number) => void }[] = [];
  private seq = 0;
  schedule(at: number, run: (at: number) => void): void {
    const heap = this.heap;
    heap.push({ at, seq: this.seq++, run });
    for (let i = heap.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (this.before(heap[parent], heap[i])) break;
      [heap[parent], heap[i]] = [heap[i], heap[parent]];
      i = parent;
    }
  }
  run(): void {
    const heap = this.heap;
    while (heap.length > 0) {
      const top = heap[0];
      const last = heap.pop()!;
      if (heap.length > 0) {
        heap[0] = last;
        for (let i = 0; ;) {
          const left = 2 * i + 1;
          const right = left + 1;
          let least = i;
          if (left < heap.length && this.before(heap[left], heap[least])) least = left;
          if (right < heap.length && this.before(heap[right], heap[least])) least = right;
          if (least === i) break;
          [heap[least], heap[i]] = [heap[i], heap[least]];
          i = least;
        }
      }
      top.run(top.at);
    }
  }
  private before(a: { at: number; seq: number }, b: { at: number; seq: number }): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }
}

const everything = (dates: string[]): DrawPreference => ({ officeIds: Array.from({ length: drawModel.offices }, (_, i) => i + 1), dateFrom: dates[0], dateTo: dates[dates.length - 1], windows: [] });

/**
 * First-come: the slots become bookable at the release. Booking asks for an email address and
 * nothing else, so each bot identity is a mailbox that may hold two appointments per office.
 * Bots see the release at their next poll and book in milliseconds, all identities at once;
 * citizens look seconds to minutes later, reserve the earliest start that fits and reload a few
 * times when there is none.
 */
function firstCome(humans: readonly Human[], next: () => number): DrawSimulationOutcome {
  const dates = releasedDates();
  const free: Slot[] = releasedSlots();
  const load = new Load();
  const timeline = new Timeline();
  const take = (preference: DrawPreference): Slot | null => {
    const slot = earliestFitting(preference, free);
    if (slot) free.splice(free.indexOf(slot), 1);
    return slot;
  };
  let botSlots = 0;
  const served = new Set<number>();
  const identities = drawModel.botOperators * drawModel.botIdentitiesEmail;
  for (let operator = 0; operator < drawModel.botOperators; operator++) {
    const seesRelease = releaseAt + next() * SECOND + between(next, drawModel.botRequestMs);
    for (let identity = 0; identity < drawModel.botIdentitiesEmail; identity++) {
      const held = new Map<number, number>();
      const attempt = (at: number) => {
        const offices = everything(dates).officeIds.filter((office) => (held.get(office) ?? 0) < drawModel.appointmentsPerAddressAndOffice);
        load.add(at);
        const slot = offices.length > 0 ? take({ ...everything(dates), officeIds: offices }) : null;
        if (!slot) return; // back to polling: nothing left, or this address is at its limit everywhere
        held.set(slot.officeId, (held.get(slot.officeId) ?? 0) + 1);
        botSlots++;
        const confirmed = at + between(next, drawModel.botRequestMs);
        load.add(confirmed);
        timeline.schedule(confirmed + between(next, drawModel.botRequestMs), attempt);
      };
      timeline.schedule(seesRelease, attempt);
    }
  }
  for (const human of humans) {
    let tries = 0;
    const look = (at: number) => {
      load.add(at); // the free times
      const reserveAt = at + between(next, [5, 20]) * SECOND;
      timeline.schedule(reserveAt, (when) => {
        load.add(when);
        if (take(human.preference)) {
          served.add(human.id);
          load.add(when + between(next, [60, 180]) * SECOND); // the confirmation after the form
        } else if (tries++ < drawModel.humanRetries) {
          timeline.schedule(when + between(next, [30, 90]) * SECOND, look);
        }
      });
    };
    timeline.schedule(human.reactsAt, look);
  }
  timeline.run();
  load.polling(windowOpens, releaseAt + 2 * HOUR, drawModel.botOperators);
  const booked = botSlots + served.size;
  const released = drawModel.offices * drawModel.releasedDays * drawModel.startsPerDay;
  const reactionBands: [string, number, number][] = [
    ['< 10 s', 0, 10],
    ['10–30 s', 10, 30],
    ['30 s–2 min', 30, 120],
    ['2–10 min', 120, 600],
    ['> 10 min', 600, Infinity],
  ];
  const peakAtRelease = load.peak(releaseAt, releaseAt + HOUR);
  const peakAnywhere = load.peak(windowOpens, releaseAt + 2 * HOUR);
  return {
    label: 'first-come',
    botIdentities: identities,
    botShareOfRegistrants: null,
    botShareOfWinners: null,
    botShareOfSlots: booked > 0 ? botSlots / booked : 0,
    humansServed: served.size,
    fillRate: booked / released,
    medianDaysToAppointment: null,
    declined: 0,
    lapsed: 0,
    humansByBand: byBand(humans, served),
    humansByReaction: reactionBands.map(([band, from, to]) => {
      const inBand = humans.filter((human) => (human.reactsAt - releaseAt) / SECOND >= from && (human.reactsAt - releaseAt) / SECOND < to);
      return { band, humans: inBand.length, served: inBand.filter((human) => served.has(human.id)).length };
    }),
    peakAtRelease: peakAtRelease.requests,
    peakAnywhere: peakAnywhere.requests,
    peakAnywhereAt: describeMoment(peakAnywhere.at),
  };
}

function describeMoment(at: number): string {
  if (at >= releaseAt) return `${Math.round((at - releaseAt) / SECOND)} s after the release/draw`;
  return `${Math.round((at - windowOpens) / SECOND)} s after the window opened`;
}

/** An entry of the draw: a citizen or one identity of a bot operator. */
interface Entry {
  digest: string;
  human: Human | null;
  preference: DrawPreference;
  registeredAt: number;
}

/**
 * The draw: everyone registers inside the window (bots all identities in the first second, as
 * fast as they can), verified entries are ordered by drawOrder and matched by matchInOrder at the
 * draw; each winner has the hold to answer; a declined or lapsed offer passes at once to the next
 * unmatched entry in order that fits, until offering ends three holds after the draw.
 */
function draw(label: string, humans: readonly Human[], identitiesPerOperator: number, seed: string, next: () => number): DrawSimulationOutcome {
  const dates = releasedDates();
  const load = new Load();
  const digestOf = (name: string) => createHash('sha256').update(`${seed}:entry:${name}`).digest('hex').slice(0, 32);
  const entries: Entry[] = [];
  for (const human of humans) {
    load.add(human.arrivedAt); // registerForDraw
    if (!human.verifies) continue;
    load.add(human.verifiesAt); // verifyDrawRegistration
    if (human.verifiesAt < windowCloses) entries.push({ digest: digestOf(`h${human.id}`), human, preference: human.preference, registeredAt: human.verifiesAt });
  }
  for (let operator = 0; operator < drawModel.botOperators; operator++) {
    for (let identity = 0; identity < identitiesPerOperator; identity++) {
      const registeredAt = windowOpens + between(next, drawModel.botRequestMs);
      load.add(registeredAt);
      load.add(registeredAt + between(next, drawModel.botRequestMs));
      // A bot takes whatever it is offered: its preference is everything.
      entries.push({ digest: digestOf(`b${operator}.${identity}`), human: null, preference: everything(dates), registeredAt });
    }
  }
  const drawSeed = createHash('sha256').update(`${seed}:draw`).digest('hex');
  const order = drawOrder(
    drawSeed,
    entries.map((entry) => ({ digest: entry.digest, urgent: false })),
    0,
  );
  const byDigest = new Map(entries.map((entry) => [entry.digest, entry]));
  const ordered = order.map((digest) => byDigest.get(digest)!);
  const matched = matchInOrder(
    ordered.map((entry) => ({ id: entry.digest, preference: entry.preference })),
    releasedSlots(),
  );

  const offeringEnds = releaseAt + drawModel.offerRounds * drawModel.offerHoldHours * HOUR;
  const offered = new Set<string>(matched.keys());
  const outcomes: OfferOutcome[] = [];
  const bookedBy: Entry[] = [];
  const winners: Entry[] = [];
  const timeline = new Timeline();
  const offer = (entry: Entry, slot: CandidateStart, at: number) => {
    winners.push(entry);
    const settle = (status: DrawOfferStatus, when: number) => {
      outcomes.push({ status, registeredAt: new Date(entry.registeredAt), start: slot.start });
      if (status === DrawOfferStatus.taken) return void bookedBy.push(entry);
      // The freed slot goes to the next unmatched entry in draw order that fits, within a minute.
      timeline.schedule(when + 30 * SECOND, (passedAt) => {
        if (passedAt >= offeringEnds) return;
        const nextEntry = ordered.find((candidate) => !offered.has(candidate.digest) && fitsPreference(candidate.preference, slot));
        if (!nextEntry) return;
        offered.add(nextEntry.digest);
        offer(nextEntry, slot, passedAt);
      });
    };
    if (entry.human === null) {
      const viewed = at + between(next, drawModel.botRequestMs);
      load.add(viewed);
      load.add(viewed + between(next, drawModel.botRequestMs));
      timeline.schedule(viewed, (when) => settle(DrawOfferStatus.taken, when));
      return;
    }
    const human = entry.human;
    if (human.answerHours > drawModel.offerHoldHours) {
      timeline.schedule(at + drawModel.offerHoldHours * HOUR, (when) => settle(DrawOfferStatus.lapsed, when));
      return;
    }
    const answered = at + human.answerHours * HOUR;
    load.add(answered, 2); // the offer, then accept or decline
    timeline.schedule(answered, (when) => settle(human.accepts ? DrawOfferStatus.taken : DrawOfferStatus.declined, when));
  };
  for (const entry of ordered) {
    const slot = matched.get(entry.digest);
    if (slot) offer(entry, slot, releaseAt);
  }
  timeline.run();
  load.polling(windowOpens, offeringEnds, drawModel.botOperators);

  const released = drawModel.offices * drawModel.releasedDays * drawModel.startsPerDay;
  const statistics = drawStatistics({ offerableSlots: released, registrations: entries.length, offers: outcomes });
  const served = new Set(bookedBy.flatMap((entry) => (entry.human ? [entry.human.id] : [])));
  const botEntries = entries.filter((entry) => entry.human === null).length;
  const peakAtRelease = load.peak(releaseAt, releaseAt + HOUR);
  const peakAnywhere = load.peak(windowOpens, offeringEnds);
  return {
    label,
    botIdentities: botEntries,
    botShareOfRegistrants: botEntries / entries.length,
    botShareOfWinners: winners.filter((entry) => entry.human === null).length / Math.max(1, winners.length),
    botShareOfSlots: bookedBy.filter((entry) => entry.human === null).length / Math.max(1, bookedBy.length),
    humansServed: served.size,
    fillRate: statistics.fillRate,
    medianDaysToAppointment: statistics.medianDaysToAppointment,
    declined: statistics.declined,
    lapsed: statistics.lapsed,
    humansByBand: byBand(humans, served),
    humansByReaction: null,
    peakAtRelease: peakAtRelease.requests,
    peakAnywhere: peakAnywhere.requests,
    peakAnywhereAt: describeMoment(peakAnywhere.at),
  };
}

export interface DrawSimulationResult {
  seed: string;
  outcomes: DrawSimulationOutcome[];
  /** Lines for the terminal and the README: the model, the comparison, the targets. */
  lines: string[];
  targets: { text: string; met: boolean }[];
}

const percent = (share: number | null, digits = 1) => (share === null ? '–' : `${(share * 100).toFixed(digits)} %`);

export function simulateRelease(seed = 'zms-draw-1'): DrawSimulationResult {
  const humans = makeHumans(randomStream(`${seed}:humans`));
  const outcomes = [
    firstCome(humans, randomStream(`${seed}:first-come`)),
    draw('draw, email checked', humans, drawModel.botIdentitiesEmail, seed, randomStream(`${seed}:draw-email`)),
    draw('draw, SMS code checked', humans, drawModel.botIdentitiesPhone, seed, randomStream(`${seed}:draw-phone`)),
  ];
  const m = drawModel;
  const released = m.offices * m.releasedDays * m.startsPerDay;
  const lines = [
    `Release simulation (issue 21), seed ${seed}: the draw's own drawOrder, matchInOrder, fitsPreference and drawStatistics on a modelled population; no server measured.`,
    `· Released: ${released.toLocaleString('en')} slots: ${m.offices} offices × ${m.releasedDays} working days × ${m.startsPerDay} starts (08:00–14:30, 10 min), one citizen each, two weeks after the draw.`,
    `· Citizens: ${m.humans.toLocaleString('en')}, arriving over a ${m.windowHours}-hour window (per hour 09–18 1.5×, 18–24 1×, 06–09 0.8×, 00–06 0.15× as many); nearest office weighted ${m.officeWeights.join('/')}, 40 % accept only it, 30 % two offices, 15 % three, 15 % any; 30 % any day, else 2–7 days; 55 % any time, 25 % mornings, 20 % afternoons.`,
    `  First-come: the release is at the window's end; each looks ${m.humanReactionMedianSeconds} s after it (median, log-normal σ ${m.humanReactionSigma}: 5 % within 7 s, 95 % within 4.6 min), reserves 5–20 s later the earliest start that fits, reloads up to ${m.humanRetries} times 30–90 s apart.`,
    `  Draw: registers on arriving, ${percent(m.humansVerifying, 0)} verify (median 5 min later); an offer is answered after ${m.offerAnswerMedianHours} h (median, σ ${m.offerAnswerSigma}), lapses past the ${m.offerHoldHours} h hold, is taken by ${percent(m.humansAccepting, 0)} of those who answer; freed slots go to the next in order 30 s later, for ${m.offerRounds} holds.`,
    `· Bots: ${m.botOperators} operators, identities in proportion to what verification costs them: ${m.botIdentitiesEmail} verified identities each where only an email address is checked (mailboxes are free; proof of work and rate limits per registration are the cost), ${m.botIdentitiesPhone} where an SMS code is (a SIM card each).`,
    `  They poll once a second and act in ${m.botRequestMs[0]}–${m.botRequestMs[1]} ms per request. First-come booking checks an address only, ${m.appointmentsPerAddressAndOffice} appointments per address and office (ACTIVE_APPOINTMENTS_PER_EMAIL): ${(m.botOperators * m.botIdentitiesEmail).toLocaleString('en')} addresses may book up to ${(m.botOperators * m.botIdentitiesEmail * m.appointmentsPerAddressAndOffice * m.offices).toLocaleString('en')}, and the SMS model does not apply. In the draw every identity registers once in the window's first second, accepts any slot and takes every offer at once.`,
    `· Load: requests per second at the API: bots' polls (${m.botOperators}/s throughout), reserve and confirm, citizens' looks, reserves, confirmations (first-come); registrations, verifications, offers viewed and answered (draw).`,
    '',
    `| | ${outcomes.map((outcome) => outcome.label).join(' | ')} |`,
    `|---|${outcomes.map(() => '---:').join('|')}|`,
    `| bot identities | ${outcomes.map((o) => o.botIdentities.toLocaleString('en')).join(' | ')} |`,
    `| bots' share of verified registrants | ${outcomes.map((o) => percent(o.botShareOfRegistrants)).join(' | ')} |`,
    `| bots' share of the draw's winners | ${outcomes.map((o) => percent(o.botShareOfWinners)).join(' | ')} |`,
    `| slots that went to bots | ${outcomes.map((o) => percent(o.botShareOfSlots)).join(' | ')} |`,
    `| citizens who got a slot | ${outcomes.map((o) => `${o.humansServed.toLocaleString('en')} (${percent(o.humansServed / m.humans)})`).join(' | ')} |`,
    `| fill rate (booked ÷ released) | ${outcomes.map((o) => percent(o.fillRate)).join(' | ')} |`,
    `| offers declined / lapsed | ${outcomes.map((o) => (o.botShareOfWinners === null ? '–' : `${o.declined} / ${o.lapsed}`)).join(' | ')} |`,
    `| median days registration → appointment | ${outcomes.map((o) => (o.medianDaysToAppointment === null ? '–' : o.medianDaysToAppointment.toFixed(1))).join(' | ')} |`,
    `| peak requests/s in the hour after the release or draw | ${outcomes.map((o) => o.peakAtRelease.toLocaleString('en')).join(' | ')} |`,
    `| peak requests/s of the whole run | ${outcomes.map((o) => `${o.peakAnywhere.toLocaleString('en')} (${o.peakAnywhereAt})`).join(' | ')} |`,
    '',
    `Citizens who got a slot, by the 6 hours of the window in which they arrived:`,
    '',
    `| arrived (UTC) | citizens | ${outcomes.map((o) => o.label).join(' | ')} |`,
    `|---|---:|${outcomes.map(() => '---:').join('|')}|`,
    ...outcomes[0].humansByBand.map((band, index) => `| ${band.band} | ${band.humans} | ${outcomes.map((o) => percent(o.humansByBand[index].served / Math.max(1, band.humans))).join(' | ')} |`),
    '',
    `First-come, citizens who got a slot by how soon after the release they looked: ${outcomes[0].humansByReaction!.map((band) => `${band.band} ${band.served}/${band.humans}`).join(', ')}.`,
  ];
  const targets = [
    { text: `first-come: bots take nearly all slots (≥ 90 %): ${percent(outcomes[0].botShareOfSlots)}`, met: outcomes[0].botShareOfSlots >= 0.9 },
    ...outcomes.slice(1).map((o) => {
      // The draw's winners are a random sample of the verified entries: allow two standard errors of that sample.
      const share = o.botShareOfRegistrants!;
      const allowance = 2 * Math.sqrt((share * (1 - share)) / released);
      return {
        text: `${o.label}: bots win no more than their share of verified registrants (+2 standard errors, ${percent(allowance, 2)}): winners ${percent(o.botShareOfWinners)}, slots ${percent(o.botShareOfSlots)}, registrants ${percent(share)}`,
        met: o.botShareOfWinners! <= share + allowance,
      };
    }),
    ...outcomes.slice(1).map((o) => {
      // Flat: every band of at least 200 citizens within three standard errors of the overall rate.
      const rate = o.humansServed / m.humans;
      const uneven = o.humansByBand.filter((band) => band.humans >= 200 && Math.abs(band.served / band.humans - rate) > 3 * Math.sqrt((rate * (1 - rate)) / band.humans));
      return { text: `${o.label}: citizens' success flat over the hour they arrived (bands of ≥ 200 within 3 standard errors of ${percent(rate)}): ${uneven.length} bands outside`, met: uneven.length === 0 };
    }),
  ];
  lines.push('', ...targets.map((target) => `target ${target.text}: ${target.met ? 'met' : 'MISSED'}`));
  return { seed, outcomes, lines, targets };
}
