import type { MessageTexts } from './shape';

export const en: MessageTexts = {
  locale: 'en-GB',
  direction: 'ltr',
  greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
  signature: 'Your appointment service',
  facts: { number: 'Booking number', time: 'Time', services: 'Service', place: 'Place' },
  forPersons: (count) => `for ${count} persons`,
  contact: { name: 'Name', email: 'Email', phone: 'Phone' },
  bringHeading: 'Please bring:',
  accessCode: (number, code) => `With booking number ${number} and code ${code} you can view, move or cancel the appointment at any time. Please keep the code to yourself.`,
  links: { manage: 'Manage appointment', cancel: 'Cancel appointment', bookNew: 'Book a new appointment' },
  confirmed: {
    subject: (time) => `Your appointment on ${time}`,
    booked: 'Your appointment is booked. The calendar entry is attached.',
    pleaseCancel: 'Please cancel if you cannot come, so that someone else gets the slot.',
  },
  optInRequested: {
    subject: 'Please confirm your appointment',
    intro: (confirmBy) => `Your appointment is pencilled in. Confirm it by ${confirmBy}, or it lapses.`,
    confirm: 'Confirm appointment',
  },
  rescheduled: {
    subject: (time) => `Your appointment was moved: ${time}`,
    intro: (previousTime) => `Your appointment of ${previousTime} was moved. The new calendar entry is attached.`,
  },
  cancelled: { subject: 'Your appointment was cancelled', intro: 'Your appointment is cancelled. Thank you for releasing it.' },
  cancelledByOffice: { subject: 'Your appointment has to be cancelled', intro: 'The office had to cancel your appointment, we are sorry.', reason: 'Reason' },
  optInExpired: { subject: 'Your appointment has lapsed', intro: 'You did not confirm your appointment in time; it is free again.' },
  reminder: {
    subject: (time) => `Reminder: your appointment on ${time}`,
    intro: 'this is a reminder of your appointment.',
    cannotCome: 'Cannot come? Please cancel with one click.',
  },
  queueHeadsUp: {
    subject: (displayNumber) => `Your turn is near: ${displayNumber}`,
    body: (displayNumber, office, position) => `Your number ${displayNumber} at ${office} is nearly up (position ${position}). Please come to the waiting area.`,
  },
  waitlistJoined: {
    subject: 'You are on the waitlist',
    body: (services, offices) => `We will write to you as soon as an earlier slot for ${services} frees up (${offices}).`,
    leave: 'Leave the waitlist',
  },
  waitlistOffer: {
    subject: (time) => `An earlier slot is free: ${time}`,
    held: (until) => `This slot is held for you alone until ${until}.`,
    take: 'Take this slot',
  },
  drawVerify: {
    subject: (service) => `Please confirm your registration for the draw: ${service}`,
    registered: (service, offices, dates) => `You registered for the draw of appointments for ${service} (${offices}; ${dates}).`,
    confirmBy: (closesAt, drawAt) => `Please confirm your registration by ${closesAt}: only then does it take part. When you register before that makes no difference. The draw is on ${drawAt}; we will write to you afterwards.`,
    confirm: 'Confirm registration',
    status: 'Status of your registration',
    smsCode: (code) => `Your confirmation code: ${code}`,
  },
  drawOffer: {
    subject: (time) => `Your appointment from the draw: ${time}`,
    won: (until) => `The draw has given you this appointment. It is held for you until ${until}: accept or decline it. After that it goes to the next in the order of the draw.`,
    persons: (count) => `Persons: ${count}`,
    ownName: 'The appointment is booked in your name and cannot be passed on to anyone else.',
    take: 'Accept or decline',
  },
  drawUnmatched: {
    subject: (service) => `No appointment from the draw this time: ${service}`,
    intro: (service, offices, dates) => `In the draw of appointments for ${service} no free slot fitted what you asked for this time (${offices}; ${dates}).`,
    rolledOver: 'Your registration takes part in the next draw automatically; there is nothing you need to do.',
    ended: 'Your registration has ended. You can register again for the next draw.',
    status: 'Status of your registration',
  },
  officeCopyBooked: { subject: (number, time) => `New booking ${number}: ${time}`, intro: 'An appointment was booked with you.' },
  officeCopyCancelled: { subject: (number, time) => `Cancellation ${number}: ${time}`, intro: 'This appointment was cancelled.' },
  survey: {
    subject: (office) => `How was your visit to ${office}?`,
    intro: 'thank you for your visit. Would you take a few minutes to tell us how it went?',
    take: 'Take the survey',
  },
  webhookEndpointDisabled: {
    subject: 'Webhook disabled',
    body: (url, failures) => `Your webhook endpoint ${url} refused ${failures} deliveries in a row, so we disabled it. What happened since waits in its delivery log: enable it again (updateWebhookEndpoint) once it answers, and it is sent.`,
  },
  calendar: {
    summary: (number, services) => `Appointment ${number}: ${services}`,
    description: (number, manageUrl) => `Booking number ${number}. Manage or cancel the appointment: ${manageUrl}`,
  },
  sample: { officeName: 'Sample office', service: 'Registering a flat', item: 'Identity card', reason: 'The office is closed for a staff meeting.' },
};
