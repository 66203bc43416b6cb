// Tickets drawn from home at the counter (issue 20, item 3), merged into messages.ts.
export const remoteQueueDe = {
  'status.expected': 'noch nicht da',
  'status.noShow': 'nicht erschienen',
  'remoteQueue.marker': 'von zu Hause',
  'remoteQueue.markerLabel': 'Wartenummer von zu Hause gezogen',
  'remoteQueue.checkInBy': 'Anmeldung bis {time}',
  'remoteQueue.checkIn': 'Angekommen',
  'remoteQueue.checkInLabel': 'Wartenummer {number} ist angekommen: in die Warteschlange aufnehmen',
} as const;

export const remoteQueueEn: Record<keyof typeof remoteQueueDe, string> = {
  'status.expected': 'not here yet',
  'status.noShow': 'did not come',
  'remoteQueue.marker': 'from home',
  'remoteQueue.markerLabel': 'Ticket drawn from home',
  'remoteQueue.checkInBy': 'check in by {time}',
  'remoteQueue.checkIn': 'Arrived',
  'remoteQueue.checkInLabel': 'Ticket {number} has arrived: put it into the queue',
};
