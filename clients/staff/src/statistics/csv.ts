import type { StatisticsQuery } from '../gql/graphql';

export type StatisticsFigures = StatisticsQuery['statistics'];

/** A CSV field, quoted where it must be (RFC 4180). */
function field(value: string | number): string {
  const text = String(value);
  return /[",\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * All figures as one CSV file of sections (`section,key,value…` rows), readable by spreadsheets
 * and scripts alike; numbers with a dot, as machines read them.
 */
export function statisticsCsv(figures: StatisticsFigures): string {
  const rows: (string | number)[][] = [
    ['section', 'key', 'value', 'value2', 'value3'],
    ['range', 'from', figures.from],
    ['range', 'to', figures.to],
    ...figures.offices.map((office) => ['office', office.id, office.name]),
    ['totals', 'appointments', figures.appointments],
    ['totals', 'cancelled', figures.cancelled],
    ['totals', 'noShows', figures.noShows],
    ['totals', 'walkIns', figures.walkIns],
    ['totals', 'served', figures.served],
    ['totals', 'missed', figures.missed],
    ...figures.appointmentsByChannel.map((count) => ['appointmentsByChannel', count.channel, count.appointments]),
    ['waitingByHour', 'hour', 'customers', 'meanMinutes', 'p90Minutes'],
    ...figures.waitingByHour.map((hour) => ['waitingByHour', hour.hour, hour.customers, hour.meanMinutes, hour.p90Minutes]),
    ['serviceTimes', 'service', 'customers', 'meanMinutes'],
    ...figures.serviceTimes.map((time) => ['serviceTimes', time.service.name, time.customers, time.meanMinutes]),
    ['utilisation', 'date', 'offered', 'booked'],
    ...figures.utilisation.map((day) => ['utilisation', day.date, day.offered, day.booked]),
  ];
  return `${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
