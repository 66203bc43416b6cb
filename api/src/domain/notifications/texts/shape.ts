/** Languages messages are written in; German is the source, the others translate each of its texts. */
export const languages = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'pl'] as const;
export type Language = (typeof languages)[number];

/**
 * Every text of the mails, SMS and calendar files in one language. Each language's table has
 * this shape, so a text missing in one of them is a type error. Times, dates and lists arrive
 * already written in the language; the texts only place them.
 */
export interface MessageTexts {
  /** The BCP 47 locale dates and times are written in (Intl). */
  locale: string;
  /** The writing direction of the mail's HTML. */
  direction: 'ltr' | 'rtl';
  /** The opening line; `name` is null where the message greets nobody by name. */
  greeting(name: string | null): string;
  signature: string;
  /** The labels of an appointment's facts. */
  facts: { number: string; time: string; services: string; place: string };
  /** After a service's name where one appointment books it for several persons (`count` ≥ 2). */
  forPersons(count: number): string;
  /** The office's copy: how the citizen can be reached. */
  contact: { name: string; email: string; phone: string };
  bringHeading: string;
  accessCode(number: number, code: string): string;
  links: { manage: string; cancel: string; bookNew: string };
  confirmed: { subject(time: string): string; booked: string; pleaseCancel: string };
  optInRequested: { subject: string; intro(confirmBy: string): string; confirm: string };
  rescheduled: { subject(time: string): string; intro(previousTime: string): string };
  cancelled: { subject: string; intro: string };
  cancelledByOffice: { subject: string; intro: string; reason: string };
  optInExpired: { subject: string; intro: string };
  reminder: { subject(time: string): string; intro: string; cannotCome: string };
  queueHeadsUp: { subject(displayNumber: string): string; body(displayNumber: string, office: string, position: number): string };
  waitlistJoined: { subject: string; body(services: string, offices: string): string; leave: string };
  waitlistOffer: { subject(time: string): string; held(until: string): string; take: string };
  /**
   * The draw of scarce appointments: the registration to confirm (mail; the SMS carries the code),
   * the slot it won, and no slot this time. `offices` and `dates` arrive as lists already written.
   */
  drawVerify: {
    subject(service: string): string;
    registered(service: string, offices: string, dates: string): string;
    confirmBy(closesAt: string, drawAt: string): string;
    confirm: string;
    status: string;
    smsCode(code: string): string;
  };
  drawOffer: { subject(time: string): string; won(until: string): string; persons(count: number): string; ownName: string; take: string };
  drawUnmatched: { subject(service: string): string; intro(service: string, offices: string, dates: string): string; rolledOver: string; ended: string; status: string };
  officeCopyBooked: { subject(number: number, time: string): string; intro: string };
  officeCopyCancelled: { subject(number: number, time: string): string; intro: string };
  survey: { subject(office: string): string; intro: string; take: string };
  webhookEndpointDisabled: { subject: string; body(url: string, failures: number): string };
  calendar: { summary(number: number, services: string): string; description(number: number, manageUrl: string): string };
  /** Made-up facts for an admin's preview of a message: nobody's data, in this language. */
  sample: { officeName: string; service: string; item: string; reason: string };
}
