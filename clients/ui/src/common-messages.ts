import type { ErrorCode } from './generated/enums';
import type { RequestErrorCode } from './errors';

type ErrorMessages = Record<`error.${ErrorCode | RequestErrorCode}`, string>;

const de = {
  'language.label': 'Sprache',
  'language.de': 'Deutsch',
  'language.en': 'English',
  'connection.lost': 'Verbindung unterbrochen – wird wiederhergestellt …',
  'error.ACCOUNT_LOCKED': 'Das Konto ist nach zu vielen Fehlversuchen vorübergehend gesperrt. Bitte versuchen Sie es später erneut.',
  'error.CHECK_IN_REFUSED': 'Die Anmeldung ist für diesen Termin jetzt nicht möglich.',
  'error.INVALID_CREDENTIALS': 'Benutzername oder Passwort ist falsch.',
  'error.INVALID_INPUT': 'Bitte prüfen Sie Ihre Eingaben.',
  'error.INVALID_TRANSITION': 'Dieser Schritt ist im aktuellen Zustand nicht möglich.',
  'error.NOT_AT_COUNTER': 'Sie sind an keinem Platz angemeldet.',
  'error.NOT_FOUND': 'Nicht gefunden. Bitte prüfen Sie Nummer und Code.',
  'error.OFFICE_CLOSED': 'Der Standort ist derzeit geschlossen.',
  'error.OUTSIDE_BOOKING_WINDOW': 'Dieser Zeitpunkt liegt außerhalb des Buchungszeitraums.',
  'error.PROOF_OF_WORK_REQUIRED': 'Bitte bestätigen Sie, dass Sie kein Bot sind, und versuchen Sie es erneut.',
  'error.QUEUE_EMPTY': 'Niemand wartet.',
  'error.RESERVATION_EXPIRED': 'Ihre Reservierung ist abgelaufen. Bitte wählen Sie erneut eine Zeit.',
  'error.SLOT_UNAVAILABLE': 'Diese Zeit ist leider nicht mehr frei. Bitte wählen Sie eine andere.',
  'error.TICKETS_EXHAUSTED': 'Für heute sind keine Wartenummern mehr verfügbar.',
  'error.TOO_MANY_APPOINTMENTS': 'Mit diesen Kontaktdaten sind bereits zu viele Termine gebucht.',
  'error.NO_SHOW_LIMIT_REACHED': 'Mit dieser E-Mail-Adresse wurden zuletzt Termine nicht wahrgenommen. Weitere Buchungen an diesem Standort sind erst möglich, wenn offene Termine stattgefunden haben.',
  'error.UNAUTHENTICATED': 'Bitte melden Sie sich an.',
  'error.FORBIDDEN': 'Dafür fehlt Ihnen die Berechtigung.',
  'error.RATE_LIMITED': 'Zu viele Anfragen. Bitte versuchen Sie es in {seconds} Sekunden erneut.',
  'error.BAD_USER_INPUT': 'Die Eingabe ist ungültig.',
  'error.NETWORK': 'Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung.',
  'error.UNKNOWN': 'Etwas ist schiefgegangen. Bitte versuchen Sie es erneut.',
} satisfies ErrorMessages & Record<string, string>;

const en: Record<keyof typeof de, string> = {
  'language.label': 'Language',
  'language.de': 'Deutsch',
  'language.en': 'English',
  'connection.lost': 'Connection lost – reconnecting …',
  'error.ACCOUNT_LOCKED': 'The account is locked for a while after too many failed attempts. Please try again later.',
  'error.CHECK_IN_REFUSED': 'Checking in for this appointment is not possible now.',
  'error.INVALID_CREDENTIALS': 'Username or password is wrong.',
  'error.INVALID_INPUT': 'Please check your input.',
  'error.INVALID_TRANSITION': 'This step is not possible in the current state.',
  'error.NOT_AT_COUNTER': 'You are not signed in at a counter.',
  'error.NOT_FOUND': 'Not found. Please check the number and code.',
  'error.OFFICE_CLOSED': 'The office is closed at the moment.',
  'error.OUTSIDE_BOOKING_WINDOW': 'This time is outside the booking window.',
  'error.PROOF_OF_WORK_REQUIRED': 'Please confirm you are not a bot and try again.',
  'error.QUEUE_EMPTY': 'Nobody is waiting.',
  'error.RESERVATION_EXPIRED': 'Your reservation has expired. Please choose a time again.',
  'error.SLOT_UNAVAILABLE': 'Sorry, this time has just been taken. Please choose another one.',
  'error.TICKETS_EXHAUSTED': 'No more tickets are available today.',
  'error.TOO_MANY_APPOINTMENTS': 'Too many appointments are already booked with these contact details.',
  'error.NO_SHOW_LIMIT_REACHED': 'Appointments booked with this email address were recently missed. More bookings at this office are possible once your open appointments have taken place.',
  'error.UNAUTHENTICATED': 'Please sign in.',
  'error.FORBIDDEN': 'You are not allowed to do this.',
  'error.RATE_LIMITED': 'Too many requests. Please try again in {seconds} seconds.',
  'error.BAD_USER_INPUT': 'The input is invalid.',
  'error.NETWORK': 'The server cannot be reached. Please check your connection.',
  'error.UNKNOWN': 'Something went wrong. Please try again.',
};

export const commonMessages = { de, en };
