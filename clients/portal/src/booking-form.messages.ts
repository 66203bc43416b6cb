// The booking form's texts (issue 18, item 5), merged into messages.ts.
export const bookingFormDe = {
  'bookingForm.legend': 'Angaben für das Bürgeramt',
  'bookingForm.choose': 'Bitte wählen',
  'bookingForm.remarks': 'Anmerkungen',
  'bookingForm.remarksHint': 'Hinweise an das Bürgeramt, höchstens {max} Zeichen.',
  'bookingForm.required': 'Bitte ausfüllen.',
  'bookingForm.tooLong': 'Höchstens {max} Zeichen.',
  'bookingForm.notAnOption': 'Bitte eine der Möglichkeiten wählen.',
  'bookingForm.refused': 'Einige Angaben fehlen oder passen nicht. Bitte prüfen Sie die markierten Felder.',
} as const;

export const bookingFormEn: Record<keyof typeof bookingFormDe, string> = {
  'bookingForm.legend': 'Details for the citizen office',
  'bookingForm.choose': 'Please choose',
  'bookingForm.remarks': 'Remarks',
  'bookingForm.remarksHint': 'Notes for the citizen office, at most {max} characters.',
  'bookingForm.required': 'Please fill in.',
  'bookingForm.tooLong': 'At most {max} characters.',
  'bookingForm.notAnOption': 'Please choose one of the options.',
  'bookingForm.refused': 'Some details are missing or do not fit. Please check the marked fields.',
};
