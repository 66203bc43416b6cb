/** The contract's operations as a client sends them. */
export const reserveSlot = `mutation ($input: ReserveSlotInput!) {
  reserveSlot(input: $input) {
    __typename
    ... on Reservation { id token expiresAt start end services { durationSlots service { id } } office { id } }
    ... on ErrorResult { code message }
  }
}`;

export const confirmAppointment = `mutation ($input: ConfirmAppointmentInput!) {
  confirmAppointment(input: $input) {
    __typename
    ... on ConfirmedAppointment { secret manageUrl ics appointment { id number status channel start end contactEmail } }
    ... on ErrorResult { code message }
    ... on InvalidInput { problems }
  }
}`;

export const cancelAppointment = `mutation ($input: CancelAppointmentInput!) {
  cancelAppointment(input: $input) { __typename ... on Appointment { status } ... on ErrorResult { code message } }
}`;

export const rescheduleAppointment = `mutation ($input: RescheduleAppointmentInput!) {
  rescheduleAppointment(input: $input) { __typename ... on Appointment { status start end office { id } } ... on ErrorResult { code message } }
}`;

export const appointment = `query ($input: AppointmentAccessInput!) {
  appointment(input: $input) { number status start end channel office { id name } services { durationSlots service { id name } } }
}`;

export const availableDays = `query ($input: AvailableDaysInput!) {
  availableDays(input: $input) { date offices { id } }
}`;

export const availableSlots = `query ($input: AvailableSlotsInput!) {
  availableSlots(input: $input) { version startTimes office { id } }
}`;

export const addClosure = `mutation ($input: AddClosureInput!) {
  addClosure(input: $input) { __typename ... on CapacityChange { closure { id date } affectedAppointments { number start } } ... on ErrorResult { code message } }
}`;

export const updateCapacityRule = `mutation ($input: UpdateCapacityRuleInput!) {
  updateCapacityRule(input: $input) { __typename ... on CapacityChange { affectedAppointments { number } } ... on ErrorResult { code message } ... on InvalidInput { problems } }
}`;
