import type { MessageTexts } from './shape';

// "Termin" is a Polish word too, but for a deadline: the texts speak of a "wizyta" (visit) and its date.
export const pl: MessageTexts = {
  locale: 'pl-PL',
  direction: 'ltr',
  greeting: (name) => (name ? `Dzień dobry ${name},` : 'Dzień dobry,'),
  signature: 'Serwis rezerwacji wizyt',
  facts: { number: 'Numer sprawy', time: 'Data i godzina', services: 'Usługa', place: 'Miejsce' },
  forPersons: (count) => `dla ${count} osób`,
  contact: { name: 'Imię i nazwisko', email: 'E-mail', phone: 'Telefon' },
  bringHeading: 'Prosimy zabrać ze sobą:',
  accessCode: (number, code) => `Za pomocą numeru sprawy ${number} i kodu ${code} można w każdej chwili wyświetlić, przełożyć lub odwołać wizytę. Prosimy nie przekazywać kodu innym osobom.`,
  links: { manage: 'Zarządzaj wizytą', cancel: 'Odwołaj wizytę', bookNew: 'Umów nową wizytę' },
  confirmed: {
    subject: (time) => `Wizyta: ${time}`,
    booked: 'Wizyta została zarezerwowana. Wpis do kalendarza znajduje się w załączniku.',
    pleaseCancel: 'Jeśli przyjście nie będzie możliwe, prosimy odwołać wizytę: wtedy z tej godziny skorzysta ktoś inny.',
  },
  optInRequested: {
    subject: 'Prosimy potwierdzić wizytę',
    intro: (confirmBy) => `Wizyta została wstępnie zarezerwowana. Prosimy ją potwierdzić, w przeciwnym razie rezerwacja wygaśnie. Czas na potwierdzenie: do ${confirmBy}.`,
    confirm: 'Potwierdź wizytę',
  },
  rescheduled: {
    subject: (time) => `Wizyta została przełożona: ${time}`,
    intro: (previousTime) => `Wizyta została przełożona. Poprzednio: ${previousTime}. Nowy wpis do kalendarza znajduje się w załączniku.`,
  },
  cancelled: { subject: 'Wizyta została odwołana', intro: 'Wizyta została odwołana. Dziękujemy za zwolnienie godziny dla innych.' },
  cancelledByOffice: { subject: 'Wizyta niestety się nie odbędzie', intro: 'Urząd musiał niestety odwołać wizytę.', reason: 'Powód' },
  optInExpired: { subject: 'Rezerwacja wygasła', intro: 'Wizyta nie została potwierdzona na czas; godzina jest znów wolna.' },
  reminder: {
    subject: (time) => `Przypomnienie o wizycie: ${time}`,
    intro: 'Przypominamy o umówionej wizycie.',
    cannotCome: 'Przyjście nie będzie możliwe? Prosimy odwołać wizytę jednym kliknięciem.',
  },
  queueHeadsUp: {
    subject: (displayNumber) => `Za chwilę Państwa kolej: ${displayNumber}`,
    body: (displayNumber, office, position) => `Numer ${displayNumber} (${office}) zostanie wkrótce wywołany (miejsce w kolejce: ${position}). Prosimy przejść do poczekalni.`,
  },
  waitlistJoined: {
    subject: 'Wpis na listę oczekujących',
    body: (services, offices) => `Napiszemy, gdy tylko zwolni się wcześniejsza godzina dla: ${services} (${offices}).`,
    leave: 'Opuść listę oczekujących',
  },
  waitlistOffer: {
    subject: (time) => `Wolna wcześniejsza wizyta: ${time}`,
    held: (until) => `Ta wizyta jest zarezerwowana wyłącznie dla adresata tej wiadomości, do: ${until}.`,
    take: 'Przejmij tę wizytę',
  },
  drawVerify: {
    subject: (service) => `Prosimy potwierdzić zgłoszenie do losowania: ${service}`,
    registered: (service, offices, dates) => `Przyjęliśmy zgłoszenie do losowania wizyt dla: ${service} (${offices}; ${dates}).`,
    confirmBy: (closesAt, drawAt) =>
      `Prosimy potwierdzić zgłoszenie do: ${closesAt}. Dopiero wtedy weźmie ono udział w losowaniu. Moment zgłoszenia przed tą datą nie ma znaczenia. Losowanie odbędzie się: ${drawAt}; potem napiszemy ponownie.`,
    confirm: 'Potwierdź zgłoszenie',
    status: 'Stan zgłoszenia',
    smsCode: (code) => `Kod potwierdzający: ${code}`,
  },
  drawOffer: {
    subject: (time) => `Wizyta przyznana w losowaniu: ${time}`,
    won: (until) => `W losowaniu przypadła Państwu ta wizyta. Jest zarezerwowana do: ${until}. Prosimy ją przyjąć lub odrzucić; potem przejdzie na kolejną osobę w kolejności losowania.`,
    persons: (count) => `Liczba osób: ${count}`,
    ownName: 'Wizyta zostanie zarezerwowana na Państwa imię i nazwisko i nie można jej przekazać innej osobie.',
    take: 'Przyjmij lub odrzuć',
  },
  drawUnmatched: {
    subject: (service) => `Tym razem bez wizyty z losowania: ${service}`,
    intro: (service, offices, dates) => `W losowaniu wizyt dla: ${service} tym razem nie było wolnej godziny odpowiadającej Państwa wyborowi (${offices}; ${dates}).`,
    rolledOver: 'Zgłoszenie automatycznie weźmie udział w następnym losowaniu; nic nie trzeba robić.',
    ended: 'Zgłoszenie zostało tym samym zakończone. Do następnego losowania można zgłosić się ponownie.',
    status: 'Stan zgłoszenia',
  },
  officeCopyBooked: { subject: (number, time) => `Nowa rezerwacja ${number}: ${time}`, intro: 'W Państwa placówce zarezerwowano wizytę.' },
  officeCopyCancelled: { subject: (number, time) => `Odwołanie ${number}: ${time}`, intro: 'Ta wizyta została odwołana.' },
  survey: {
    subject: (office) => `Jak przebiegła wizyta? (${office})`,
    intro: 'Dziękujemy za wizytę. Czy mogą Państwo w kilka minut powiedzieć nam, jak bardzo byli Państwo zadowoleni?',
    take: 'Przejdź do ankiety',
  },
  webhookEndpointDisabled: {
    subject: 'Webhook wyłączony',
    body: (url, failures) =>
      `Odbiorca webhooka ${url} kilka razy z rzędu (${failures}) nie przyjął dostawy, dlatego go wyłączyliśmy. To, co wydarzyło się od tego czasu, czeka w dzienniku dostaw: prosimy włączyć go ponownie (updateWebhookEndpoint), gdy tylko zacznie odpowiadać, a zaległe wiadomości zostaną dostarczone.`,
  },
  calendar: {
    summary: (number, services) => `Wizyta ${number}: ${services}`,
    description: (number, manageUrl) => `Numer sprawy ${number}. Zarządzanie wizytą lub jej odwołanie: ${manageUrl}`,
  },
  sample: { officeName: 'Przykładowa placówka', service: 'Zameldowanie', item: 'Dowód osobisty', reason: 'Urząd jest zamknięty z powodu zebrania pracowników.' },
};
