import type { MessageTexts } from './shape';

export const uk: MessageTexts = {
  locale: 'uk-UA',
  direction: 'ltr',
  greeting: (name) => (name ? `Добрий день, ${name}!` : 'Добрий день!'),
  signature: 'Ваша служба запису на прийом',
  facts: { number: 'Номер справи', time: 'Час', services: 'Послуга', place: 'Місце' },
  forPersons: (count) => `для ${count} осіб`,
  contact: { name: 'Ім’я', email: 'Ел. пошта', phone: 'Телефон' },
  bringHeading: 'Будь ласка, візьміть із собою:',
  accessCode: (number, code) => `За номером справи ${number} і кодом ${code} Ви будь-коли можете переглянути, перенести або скасувати запис. Будь ласка, нікому не передавайте код.`,
  links: { manage: 'Керувати записом', cancel: 'Скасувати запис', bookNew: 'Записатися на новий прийом' },
  confirmed: {
    subject: (time) => `Ваш прийом: ${time}`,
    booked: 'Вас записано на прийом. Запис для календаря – у вкладенні.',
    pleaseCancel: 'Якщо Ви не зможете прийти, будь ласка, скасуйте запис: так цей час отримає хтось інший.',
  },
  optInRequested: {
    subject: 'Будь ласка, підтвердьте запис',
    intro: (confirmBy) => `Ваш запис попередній. Будь ласка, підтвердьте його, інакше він анулюється. Строк підтвердження: ${confirmBy}.`,
    confirm: 'Підтвердити запис',
  },
  rescheduled: {
    subject: (time) => `Ваш запис перенесено: ${time}`,
    intro: (previousTime) => `Ваш запис перенесено. Попередній час: ${previousTime}. Новий запис для календаря – у вкладенні.`,
  },
  cancelled: { subject: 'Ваш запис скасовано', intro: 'Ваш запис скасовано. Дякуємо, що звільнили час для інших.' },
  cancelledByOffice: { subject: 'Ваш прийом, на жаль, не відбудеться', intro: 'На жаль, установа була змушена скасувати Ваш прийом.', reason: 'Причина' },
  optInExpired: { subject: 'Ваш запис анульовано', intro: 'Ви не підтвердили запис вчасно; час знову вільний.' },
  reminder: {
    subject: (time) => `Нагадування про прийом: ${time}`,
    intro: 'Нагадуємо Вам про Ваш прийом.',
    cannotCome: 'Не можете прийти? Будь ласка, скасуйте запис одним клацанням.',
  },
  queueHeadsUp: {
    subject: (displayNumber) => `Незабаром Ваша черга: ${displayNumber}`,
    body: (displayNumber, office, position) => `Ваш номер ${displayNumber} (${office}) незабаром викличуть (місце в черзі: ${position}). Будь ласка, пройдіть до зони очікування.`,
  },
  waitlistJoined: {
    subject: 'Ви в списку очікування',
    body: (services, offices) => `Ми напишемо Вам, щойно звільниться раніший час для: ${services} (${offices}).`,
    leave: 'Вийти зі списку очікування',
  },
  waitlistOffer: {
    subject: (time) => `Звільнився раніший час: ${time}`,
    held: (until) => `Цей час зарезервовано лише для Вас. Резервування діє до: ${until}.`,
    take: 'Взяти цей час',
  },
  officeCopyBooked: { subject: (number, time) => `Новий запис ${number}: ${time}`, intro: 'У Вашій установі зроблено запис на прийом.' },
  officeCopyCancelled: { subject: (number, time) => `Скасування ${number}: ${time}`, intro: 'Цей запис скасовано.' },
  survey: {
    subject: (office) => `Як пройшов Ваш візит? (${office})`,
    intro: 'Дякуємо за візит. Чи розкажете нам за кілька хвилин, наскільки Ви були задоволені?',
    take: 'До опитування',
  },
  webhookEndpointDisabled: {
    subject: 'Webhook вимкнено',
    body: (url, failures) =>
      `Ваш приймач webhook ${url} кілька разів поспіль (${failures}) не прийняв доставку, тому ми його вимкнули. Усе, що сталося відтоді, чекає в журналі доставки: увімкніть його знову (updateWebhookEndpoint), щойно він відповідатиме, і все буде доставлено.`,
  },
  calendar: {
    summary: (number, services) => `Прийом ${number}: ${services}`,
    description: (number, manageUrl) => `Номер справи ${number}. Керувати записом або скасувати його: ${manageUrl}`,
  },
  sample: { officeName: 'Зразкова установа', service: 'Реєстрація місця проживання', item: 'Посвідчення особи', reason: 'Установа зачинена через збори працівників.' },
};
