// Checking in a ticket drawn from home (issue 20, item 3), merged into messages.ts.
export const remoteQueueDe = {
  'remoteQueue.title': 'Von zu Hause angestellt?',
  'remoteQueue.label': 'Ihre Wartenummer (z. B. A12)',
  'remoteQueue.submit': 'Ankommen',
  'remoteQueue.invalid': 'Bitte geben Sie Ihre Wartenummer ein.',
  'remoteQueue.unknown': 'Zu dieser Nummer finden wir hier heute keine Wartenummer von zu Hause. Bitte prüfen Sie die Nummer.',
  'remoteQueue.tooLate': 'Die Zeit zum Ankommen für diese Nummer ist vorbei. Bitte ziehen Sie eine neue Wartenummer oder fragen Sie am Empfang.',
  'remoteQueue.already': 'Diese Nummer ist schon angekommen. Bitte achten Sie auf die Aufrufanzeige.',
} as const;

export const remoteQueueEn: Record<keyof typeof remoteQueueDe, string> = {
  'remoteQueue.title': 'Joined the queue from home?',
  'remoteQueue.label': 'Your ticket number (e.g. A12)',
  'remoteQueue.submit': 'I am here',
  'remoteQueue.invalid': 'Please enter your ticket number.',
  'remoteQueue.unknown': 'We find no ticket from home with this number here today. Please check the number.',
  'remoteQueue.tooLate': 'The time to arrive with this ticket has passed. Please draw a new ticket or ask at the reception.',
  'remoteQueue.already': 'This ticket has arrived already. Please watch the call display.',
};
