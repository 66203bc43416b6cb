import type { MessageTexts } from './shape';

export const ru: MessageTexts = {
  locale: 'ru-RU',
  direction: 'ltr',
  greeting: (name) => (name ? `Здравствуйте, ${name}!` : 'Здравствуйте!'),
  signature: 'Ваша служба записи на приём',
  facts: { number: 'Номер дела', time: 'Время', services: 'Услуга', place: 'Место' },
  forPersons: (count) => `для ${count} человек`,
  contact: { name: 'Имя', email: 'Эл. почта', phone: 'Телефон' },
  bringHeading: 'Пожалуйста, возьмите с собой:',
  accessCode: (number, code) => `По номеру дела ${number} и коду ${code} Вы в любое время можете просмотреть, перенести или отменить запись. Пожалуйста, никому не передавайте код.`,
  links: { manage: 'Управлять записью', cancel: 'Отменить запись', bookNew: 'Записаться на новый приём' },
  confirmed: {
    subject: (time) => `Ваш приём: ${time}`,
    booked: 'Вы записаны на приём. Запись для календаря – во вложении.',
    pleaseCancel: 'Если Вы не сможете прийти, пожалуйста, отмените запись: тогда это время получит кто-то другой.',
  },
  optInRequested: {
    subject: 'Пожалуйста, подтвердите запись',
    intro: (confirmBy) => `Ваша запись предварительная. Пожалуйста, подтвердите её, иначе она будет аннулирована. Срок подтверждения: ${confirmBy}.`,
    confirm: 'Подтвердить запись',
  },
  rescheduled: {
    subject: (time) => `Ваша запись перенесена: ${time}`,
    intro: (previousTime) => `Ваша запись перенесена. Прежнее время: ${previousTime}. Новая запись для календаря – во вложении.`,
  },
  cancelled: { subject: 'Ваша запись отменена', intro: 'Ваша запись отменена. Спасибо, что освободили время для других.' },
  cancelledByOffice: { subject: 'Ваш приём, к сожалению, не состоится', intro: 'К сожалению, учреждение было вынуждено отменить Ваш приём.', reason: 'Причина' },
  optInExpired: { subject: 'Ваша запись аннулирована', intro: 'Вы не подтвердили запись вовремя; время снова свободно.' },
  reminder: {
    subject: (time) => `Напоминание о приёме: ${time}`,
    intro: 'Напоминаем Вам о Вашем приёме.',
    cannotCome: 'Не можете прийти? Пожалуйста, отмените запись одним нажатием.',
  },
  queueHeadsUp: {
    subject: (displayNumber) => `Скоро Ваша очередь: ${displayNumber}`,
    body: (displayNumber, office, position) => `Ваш номер ${displayNumber} (${office}) скоро вызовут (место в очереди: ${position}). Пожалуйста, пройдите в зону ожидания.`,
  },
  waitlistJoined: {
    subject: 'Вы в листе ожидания',
    body: (services, offices) => `Мы напишем Вам, как только освободится более раннее время для: ${services} (${offices}).`,
    leave: 'Выйти из листа ожидания',
  },
  waitlistOffer: {
    subject: (time) => `Освободилось более раннее время: ${time}`,
    held: (until) => `Это время зарезервировано только для Вас. Резервирование действует до: ${until}.`,
    take: 'Взять это время',
  },
  officeCopyBooked: { subject: (number, time) => `Новая запись ${number}: ${time}`, intro: 'В Вашем учреждении оформлена запись на приём.' },
  officeCopyCancelled: { subject: (number, time) => `Отмена ${number}: ${time}`, intro: 'Эта запись отменена.' },
  survey: {
    subject: (office) => `Как прошёл Ваш визит? (${office})`,
    intro: 'Спасибо за визит. Расскажете нам за несколько минут, насколько Вы были довольны?',
    take: 'К опросу',
  },
  webhookEndpointDisabled: {
    subject: 'Webhook отключён',
    body: (url, failures) =>
      `Ваш приёмник webhook ${url} несколько раз подряд (${failures}) не принял доставку, поэтому мы его отключили. Всё, что произошло с тех пор, ждёт в журнале доставки: включите его снова (updateWebhookEndpoint), как только он начнёт отвечать, и всё будет доставлено.`,
  },
  calendar: {
    summary: (number, services) => `Приём ${number}: ${services}`,
    description: (number, manageUrl) => `Номер дела ${number}. Управлять записью или отменить её: ${manageUrl}`,
  },
  sample: { officeName: 'Образцовое учреждение', service: 'Регистрация по месту жительства', item: 'Удостоверение личности', reason: 'Учреждение закрыто из-за собрания сотрудников.' },
};
