
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "ApiKeyResult": [
      "ApiKey",
      "NotFound"
    ],
    "CallResult": [
      "InvalidTransition",
      "NotAtCounter",
      "NotFound",
      "QueueEmpty",
      "QueueEntry"
    ],
    "CancelAppointmentResult": [
      "Appointment",
      "InvalidInput",
      "NotFound"
    ],
    "CapacityChangeResult": [
      "CapacityChange",
      "InvalidInput",
      "NotFound"
    ],
    "CheckInResult": [
      "CheckInRefused",
      "NotFound",
      "QueueEntry"
    ],
    "ConfirmAppointmentResult": [
      "ConfirmedAppointment",
      "InvalidInput",
      "NotFound",
      "ReservationExpired",
      "TooManyAppointments"
    ],
    "CounterResult": [
      "Counter",
      "InvalidInput",
      "NotFound"
    ],
    "CreateApiKeyResult": [
      "CreatedApiKey",
      "InvalidInput"
    ],
    "CreateDeviceResult": [
      "CreatedDevice",
      "InvalidInput",
      "NotFound"
    ],
    "DeleteResult": [
      "Deleted",
      "NotFound"
    ],
    "DeviceResult": [
      "Device",
      "NotFound"
    ],
    "ErrorResult": [
      "AccountLocked",
      "CheckInRefused",
      "InvalidCredentials",
      "InvalidInput",
      "InvalidTransition",
      "NotAtCounter",
      "NotFound",
      "OfficeClosed",
      "OutsideBookingWindow",
      "ProofOfWorkRequired",
      "QueueEmpty",
      "ReservationExpired",
      "SlotUnavailable",
      "TicketsExhausted",
      "TooManyAppointments"
    ],
    "IssueTicketResult": [
      "InvalidInput",
      "NotFound",
      "OfficeClosed",
      "Ticket",
      "TicketsExhausted"
    ],
    "LoginResult": [
      "AccountLocked",
      "InvalidCredentials",
      "Session"
    ],
    "OfficeGroupResult": [
      "InvalidInput",
      "NotFound",
      "OfficeGroup"
    ],
    "OfficeResult": [
      "InvalidInput",
      "NotFound",
      "Office"
    ],
    "OfficeServiceResult": [
      "InvalidInput",
      "NotFound",
      "OfficeService"
    ],
    "QueueEntryResult": [
      "InvalidInput",
      "InvalidTransition",
      "NotFound",
      "QueueEntry"
    ],
    "RescheduleAppointmentResult": [
      "Appointment",
      "InvalidInput",
      "NotFound",
      "OutsideBookingWindow",
      "SlotUnavailable"
    ],
    "ReserveSlotResult": [
      "InvalidInput",
      "NotFound",
      "OutsideBookingWindow",
      "ProofOfWorkRequired",
      "Reservation",
      "SlotUnavailable"
    ],
    "ServiceResult": [
      "InvalidInput",
      "Service"
    ],
    "SignInAtCounterResult": [
      "CounterSession",
      "NotFound"
    ],
    "StaffAccountResult": [
      "InvalidInput",
      "NotFound",
      "StaffAccount"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "ApiKeyResult": [
      "ApiKey",
      "NotFound"
    ],
    "CallResult": [
      "InvalidTransition",
      "NotAtCounter",
      "NotFound",
      "QueueEmpty",
      "QueueEntry"
    ],
    "CancelAppointmentResult": [
      "Appointment",
      "InvalidInput",
      "NotFound"
    ],
    "CapacityChangeResult": [
      "CapacityChange",
      "InvalidInput",
      "NotFound"
    ],
    "CheckInResult": [
      "CheckInRefused",
      "NotFound",
      "QueueEntry"
    ],
    "ConfirmAppointmentResult": [
      "ConfirmedAppointment",
      "InvalidInput",
      "NotFound",
      "ReservationExpired",
      "TooManyAppointments"
    ],
    "CounterResult": [
      "Counter",
      "InvalidInput",
      "NotFound"
    ],
    "CreateApiKeyResult": [
      "CreatedApiKey",
      "InvalidInput"
    ],
    "CreateDeviceResult": [
      "CreatedDevice",
      "InvalidInput",
      "NotFound"
    ],
    "DeleteResult": [
      "Deleted",
      "NotFound"
    ],
    "DeviceResult": [
      "Device",
      "NotFound"
    ],
    "ErrorResult": [
      "AccountLocked",
      "CheckInRefused",
      "InvalidCredentials",
      "InvalidInput",
      "InvalidTransition",
      "NotAtCounter",
      "NotFound",
      "OfficeClosed",
      "OutsideBookingWindow",
      "ProofOfWorkRequired",
      "QueueEmpty",
      "ReservationExpired",
      "SlotUnavailable",
      "TicketsExhausted",
      "TooManyAppointments"
    ],
    "IssueTicketResult": [
      "InvalidInput",
      "NotFound",
      "OfficeClosed",
      "Ticket",
      "TicketsExhausted"
    ],
    "LoginResult": [
      "AccountLocked",
      "InvalidCredentials",
      "Session"
    ],
    "OfficeGroupResult": [
      "InvalidInput",
      "NotFound",
      "OfficeGroup"
    ],
    "OfficeResult": [
      "InvalidInput",
      "NotFound",
      "Office"
    ],
    "OfficeServiceResult": [
      "InvalidInput",
      "NotFound",
      "OfficeService"
    ],
    "QueueEntryResult": [
      "InvalidInput",
      "InvalidTransition",
      "NotFound",
      "QueueEntry"
    ],
    "RescheduleAppointmentResult": [
      "Appointment",
      "InvalidInput",
      "NotFound",
      "OutsideBookingWindow",
      "SlotUnavailable"
    ],
    "ReserveSlotResult": [
      "InvalidInput",
      "NotFound",
      "OutsideBookingWindow",
      "ProofOfWorkRequired",
      "Reservation",
      "SlotUnavailable"
    ],
    "ServiceResult": [
      "InvalidInput",
      "Service"
    ],
    "SignInAtCounterResult": [
      "CounterSession",
      "NotFound"
    ],
    "StaffAccountResult": [
      "InvalidInput",
      "NotFound",
      "StaffAccount"
    ]
  }
};
      export default result;
    