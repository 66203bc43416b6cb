import type { MessageTexts } from './shape';

export const tr: MessageTexts = {
  locale: 'tr-TR',
  direction: 'ltr',
  greeting: (name) => (name ? `Sayın ${name},` : 'Merhaba,'),
  signature: 'Randevu hizmetiniz',
  facts: { number: 'İşlem numarası', time: 'Randevu', services: 'Hizmet', place: 'Yer' },
  forPersons: (count) => `${count} kişi için`,
  contact: { name: 'Ad soyad', email: 'E-posta', phone: 'Telefon' },
  bringHeading: 'Lütfen yanınızda getirin:',
  accessCode: (number, code) => `İşlem numarası ${number} ve ${code} kodu ile randevunuzu istediğiniz zaman görüntüleyebilir, başka bir zamana alabilir veya iptal edebilirsiniz. Lütfen kodu kimseyle paylaşmayın.`,
  links: { manage: 'Randevuyu yönet', cancel: 'Randevuyu iptal et', bookNew: 'Yeni randevu al' },
  confirmed: {
    subject: (time) => `Randevunuz: ${time}`,
    booked: 'Randevunuz alındı. Takvim kaydını ekte bulabilirsiniz.',
    pleaseCancel: 'Gelemeyecekseniz lütfen randevunuzu iptal edin; böylece randevu başka birine verilebilir.',
  },
  optInRequested: {
    subject: 'Lütfen randevunuzu onaylayın',
    intro: (confirmBy) => `Randevunuz ön kayda alındı. Lütfen ${confirmBy} tarihine kadar onaylayın, aksi takdirde randevu geçersiz olur.`,
    confirm: 'Randevuyu onayla',
  },
  rescheduled: {
    subject: (time) => `Randevunuzun zamanı değişti: ${time}`,
    intro: (previousTime) => `${previousTime} tarihli randevunuz başka bir zamana alındı. Yeni takvim kaydı ektedir.`,
  },
  cancelled: { subject: 'Randevunuz iptal edildi', intro: 'Randevunuz iptal edildi. Randevuyu başkalarına bıraktığınız için teşekkür ederiz.' },
  cancelledByOffice: { subject: 'Randevunuz maalesef gerçekleşemeyecek', intro: 'Kurum randevunuzu maalesef iptal etmek zorunda kaldı.', reason: 'Neden' },
  optInExpired: { subject: 'Randevunuz geçerliliğini yitirdi', intro: 'Randevunuzu zamanında onaylamadınız; randevu yeniden boşa çıktı.' },
  reminder: {
    subject: (time) => `Hatırlatma: ${time} tarihli randevunuz`,
    intro: 'Randevunuzu hatırlatmak isteriz.',
    cannotCome: 'Gelemiyor musunuz? Lütfen tek tıkla iptal edin.',
  },
  queueHeadsUp: {
    subject: (displayNumber) => `Sıra size geliyor: ${displayNumber}`,
    body: (displayNumber, office, position) => `${office} için ${displayNumber} numaranız yakında çağrılacak (sıra: ${position}). Lütfen bekleme alanına gelin.`,
  },
  waitlistJoined: {
    subject: 'Bekleme listesindesiniz',
    body: (services, offices) => `${services} için daha erken bir randevu boşaldığında size hemen yazacağız (${offices}).`,
    leave: 'Bekleme listesinden çık',
  },
  waitlistOffer: {
    subject: (time) => `Daha erken bir randevu boşaldı: ${time}`,
    held: (until) => `Bu randevu ${until} saatine kadar yalnızca sizin için ayrıldı.`,
    take: 'Randevuyu al',
  },
  drawVerify: {
    subject: (service) => `Lütfen kura kaydınızı onaylayın: ${service}`,
    registered: (service, offices, dates) => `${service} randevuları için yapılacak kuraya kaydoldunuz (${offices}; ${dates}).`,
    confirmBy: (closesAt, drawAt) =>
      `Lütfen kaydınızı ${closesAt} tarihine kadar onaylayın: Kaydınız ancak o zaman kuraya katılır. Bu süre içinde ne zaman kaydolduğunuzun bir önemi yoktur. Kura ${drawAt} tarihinde çekilecek; ardından size yazacağız.`,
    confirm: 'Kaydı onayla',
    status: 'Kaydınızın durumu',
    smsCode: (code) => `Onay kodunuz: ${code}`,
  },
  drawOffer: {
    subject: (time) => `Kurada size çıkan randevu: ${time}`,
    won: (until) => `Kurada bu randevu size çıktı. Randevu ${until} saatine kadar sizin için ayrıldı: Kabul edin ya da reddedin. Sonrasında kura sırasındaki bir sonraki kişiye geçer.`,
    persons: (count) => `Kişi sayısı: ${count}`,
    ownName: 'Randevu sizin adınıza alınır ve başka birine devredilemez.',
    take: 'Kabul et veya reddet',
  },
  drawUnmatched: {
    subject: (service) => `Bu kez kurada randevu çıkmadı: ${service}`,
    intro: (service, offices, dates) => `${service} randevuları için yapılan kurada bu kez isteklerinize uyan boş bir randevu yoktu (${offices}; ${dates}).`,
    rolledOver: 'Kaydınız bir sonraki kuraya otomatik olarak katılır; bir şey yapmanız gerekmez.',
    ended: 'Kaydınız böylece sona erdi. Bir sonraki kura için yeniden kaydolabilirsiniz.',
    status: 'Kaydınızın durumu',
  },
  officeCopyBooked: { subject: (number, time) => `Yeni randevu ${number}: ${time}`, intro: 'Biriminizde bir randevu alındı.' },
  officeCopyCancelled: { subject: (number, time) => `İptal ${number}: ${time}`, intro: 'Bu randevu iptal edildi.' },
  survey: {
    subject: (office) => `Ziyaretiniz nasıldı? (${office})`,
    intro: 'Ziyaretiniz için teşekkür ederiz. Ne kadar memnun kaldığınızı birkaç dakikada bizimle paylaşır mısınız?',
    take: 'Ankete katıl',
  },
  webhookEndpointDisabled: {
    subject: 'Webhook devre dışı bırakıldı',
    body: (url, failures) =>
      `Webhook alıcınız ${url} art arda ${failures} kez teslimatı kabul etmedi; bu nedenle onu devre dışı bıraktık. O zamandan beri olanlar teslimat günlüğünde bekliyor: Alıcı yeniden yanıt verdiğinde onu tekrar etkinleştirin (updateWebhookEndpoint), bekleyenler sonradan gönderilir.`,
  },
  calendar: {
    summary: (number, services) => `Randevu ${number}: ${services}`,
    description: (number, manageUrl) => `İşlem numarası ${number}. Randevuyu yönetmek veya iptal etmek için: ${manageUrl}`,
  },
  sample: { officeName: 'Örnek Bürgeramt', service: 'Konut kaydı', item: 'Kimlik kartı', reason: 'Kurum, personel toplantısı nedeniyle kapalıdır.' },
};
