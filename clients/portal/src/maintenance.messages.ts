// The page the portal shows while the service is down for maintenance.
export const maintenanceDe = {
  'maintenance.title': 'Wartungsarbeiten',
  'maintenance.heading': 'Die Terminbuchung ist gerade nicht erreichbar',
  'maintenance.text': 'Wir arbeiten an der Terminbuchung. Bitte versuchen Sie es später noch einmal. Ihre gebuchten Termine bleiben bestehen.',
  'maintenance.message': 'Hinweis des Betreibers:',
  'maintenance.expectedEnd': 'Voraussichtlich wieder erreichbar: {when}',
  'maintenance.retry': 'Diese Seite prüft von selbst, ob die Terminbuchung wieder da ist.',
  'maintenance.phone': 'Dringende Fragen beantwortet die Behördennummer 115 (Mo–Fr 7–18 Uhr).',
} as const;

export const maintenanceEn: Record<keyof typeof maintenanceDe, string> = {
  'maintenance.title': 'Maintenance',
  'maintenance.heading': 'Appointment booking is not available right now',
  'maintenance.text': 'We are working on the appointment booking. Please try again later. Appointments you booked stay as they are.',
  'maintenance.message': 'Notice from the operator:',
  'maintenance.expectedEnd': 'Expected back: {when}',
  'maintenance.retry': 'This page checks by itself whether booking is back.',
  'maintenance.phone': 'For urgent questions call the public service number 115 (Mon–Fri 7 am–6 pm).',
};
