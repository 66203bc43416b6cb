import type { MessageTexts } from './shape';

export const ar: MessageTexts = {
  // Latin digits and the 24-hour clock, as the booking numbers it quotes and the portal's Arabic pages.
  locale: 'ar-u-nu-latn-hc-h23',
  direction: 'rtl',
  greeting: (name) => (name ? `مرحبًا ${name}،` : 'مرحبًا،'),
  signature: 'خدمة حجز المواعيد',
  facts: { number: 'رقم المعاملة', time: 'الموعد', services: 'الخدمة', place: 'المكان' },
  forPersons: (count) => `عدد الأشخاص: ${count}`,
  contact: { name: 'الاسم', email: 'البريد الإلكتروني', phone: 'الهاتف' },
  bringHeading: 'يرجى إحضار ما يلي:',
  accessCode: (number, code) => `برقم المعاملة ${number} والرمز ${code} يمكنكم في أي وقت عرض الموعد أو نقله أو إلغاؤه. يرجى عدم إعطاء الرمز لأحد.`,
  links: { manage: 'إدارة الموعد', cancel: 'إلغاء الموعد', bookNew: 'حجز موعد جديد' },
  confirmed: {
    subject: (time) => `موعدكم: ${time}`,
    booked: 'تم حجز موعدكم. تجدون إدخال التقويم في المرفق.',
    pleaseCancel: 'يرجى إلغاء الموعد إذا لم تتمكنوا من الحضور، ليحصل عليه شخص آخر.',
  },
  optInRequested: {
    subject: 'يرجى تأكيد موعدكم',
    intro: (confirmBy) => `تم حجز موعدكم مبدئيًا. يرجى تأكيده قبل ${confirmBy}، وإلا يسقط الحجز.`,
    confirm: 'تأكيد الموعد',
  },
  rescheduled: {
    subject: (time) => `تم نقل موعدكم: ${time}`,
    intro: (previousTime) => `تم نقل موعدكم الذي كان في ${previousTime}. إدخال التقويم الجديد مرفق.`,
  },
  cancelled: { subject: 'تم إلغاء موعدكم', intro: 'تم إلغاء موعدكم. شكرًا لكم على إتاحته لغيركم.' },
  cancelledByOffice: { subject: 'نأسف، لن يتم موعدكم', intro: 'نأسف، اضطرت الدائرة إلى إلغاء موعدكم.', reason: 'السبب' },
  optInExpired: { subject: 'سقط حجز موعدكم', intro: 'لم تؤكدوا موعدكم في الوقت المحدد؛ وأصبح متاحًا من جديد.' },
  reminder: {
    subject: (time) => `تذكير بموعدكم: ${time}`,
    intro: 'نذكّركم بموعدكم.',
    cannotCome: 'لا تستطيعون الحضور؟ يرجى الإلغاء بنقرة واحدة.',
  },
  queueHeadsUp: {
    subject: (displayNumber) => `اقترب دوركم: ${displayNumber}`,
    body: (displayNumber, office, position) => `سيحين قريبًا دور رقمكم ${displayNumber} في ${office} (الترتيب ${position}). يرجى التوجه إلى منطقة الانتظار.`,
  },
  waitlistJoined: {
    subject: 'أنتم الآن على قائمة الانتظار',
    body: (services, offices) => `سنراسلكم فور توفر موعد أبكر لـ ${services} (${offices}).`,
    leave: 'مغادرة قائمة الانتظار',
  },
  waitlistOffer: {
    subject: (time) => `يتوفر موعد أبكر: ${time}`,
    held: (until) => `هذا الموعد محجوز لكم وحدكم حتى ${until}.`,
    take: 'أخذ هذا الموعد',
  },
  drawVerify: {
    subject: (service) => `يرجى تأكيد تسجيلكم في القرعة: ${service}`,
    registered: (service, offices, dates) => `لقد سجّلتم في قرعة مواعيد ${service} (${offices}؛ ${dates}).`,
    confirmBy: (closesAt, drawAt) => `يرجى تأكيد تسجيلكم حتى ${closesAt}: لا يدخل التسجيل القرعة إلا بعد تأكيده. لا فرق في وقت تسجيلكم قبل هذا الموعد. تُجرى القرعة في ${drawAt}، وسنراسلكم بعدها.`,
    confirm: 'تأكيد التسجيل',
    status: 'حالة تسجيلكم',
    smsCode: (code) => `رمز التأكيد الخاص بكم: ${code}`,
  },
  drawOffer: {
    subject: (time) => `موعدكم من القرعة: ${time}`,
    won: (until) => `وقع عليكم هذا الموعد في القرعة. وهو محجوز لكم حتى ${until}: اقبلوه أو ارفضوه. بعد ذلك ينتقل إلى التالي في ترتيب القرعة.`,
    persons: (count) => `عدد الأشخاص: ${count}`,
    ownName: 'يُحجز الموعد باسمكم ولا يمكن نقله إلى شخص آخر.',
    take: 'قبول الموعد أو رفضه',
  },
  drawUnmatched: {
    subject: (service) => `لا موعد لكم من القرعة هذه المرة: ${service}`,
    intro: (service, offices, dates) => `في قرعة مواعيد ${service} لم يتوفر هذه المرة موعد يناسب ما طلبتم (${offices}؛ ${dates}).`,
    rolledOver: 'يشارك تسجيلكم تلقائيًا في القرعة القادمة؛ لا حاجة لأي إجراء منكم.',
    ended: 'انتهى تسجيلكم بذلك. يمكنكم التسجيل من جديد في القرعة القادمة.',
    status: 'حالة تسجيلكم',
  },
  officeCopyBooked: { subject: (number, time) => `حجز جديد ${number}: ${time}`, intro: 'تم حجز موعد لديكم.' },
  officeCopyCancelled: { subject: (number, time) => `إلغاء ${number}: ${time}`, intro: 'تم إلغاء هذا الموعد.' },
  survey: {
    subject: (office) => `كيف كانت زيارتكم إلى ${office}؟`,
    intro: 'شكرًا لزيارتكم. هل تخبروننا في بضع دقائق بمدى رضاكم؟',
    take: 'إلى الاستبيان',
  },
  webhookEndpointDisabled: {
    subject: 'تم إيقاف الـ Webhook',
    body: (url, failures) => `رفض مستقبِل الـ Webhook الخاص بكم ${url} التسليم ${failures} مرة متتالية، فأوقفناه. ما حدث منذ ذلك الحين ينتظر في سجل التسليم: أعيدوا تشغيله (updateWebhookEndpoint) حالما يستجيب، فيُرسل لاحقًا.`,
  },
  calendar: {
    summary: (number, services) => `موعد ${number}: ${services}`,
    description: (number, manageUrl) => `رقم المعاملة ${number}. لإدارة الموعد أو إلغائه: ${manageUrl}`,
  },
  sample: { officeName: 'مكتب المواطنين النموذجي', service: 'تسجيل السكن', item: 'بطاقة الهوية الشخصية', reason: 'الدائرة مغلقة بسبب اجتماع للموظفين.' },
};
