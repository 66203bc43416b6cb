
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "ApiKeyResult": [
      "ApiKey",
      "NotFound"
    ],
    "AppointmentByLinkResult": [
      "Appointment",
      "InvalidInput",
      "NotFound",
      "ReservationExpired"
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
    "CancelOfficeAppointmentsResult": [
      "CancelledAppointments",
      "InvalidInput",
      "NotFound"
    ],
    "CapacityChangeResult": [
      "CapacityChange",
      "InvalidInput",
      "NotFound"
    ],
    "CapacityPreviewResult": [
      "CapacityPreview",
      "InvalidInput",
      "NotFound"
    ],
    "CheckInResult": [
      "CheckInRefused",
      "NotFound",
      "QueueEntry"
    ],
    "ConfigureIdentityProviderResult": [
      "IdentityProviderSettings",
      "InvalidInput",
      "NotFound"
    ],
    "ConfirmAppointmentResult": [
      "ConfirmedAppointment",
      "InvalidInput",
      "NoShowLimitReached",
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
      "InvalidInput",
      "NotFound"
    ],
    "CreateDeviceResult": [
      "CreatedDevice",
      "InvalidInput",
      "NotFound"
    ],
    "DeclineWaitlistOfferResult": [
      "InvalidInput",
      "NotFound",
      "WaitlistOfferView"
    ],
    "DeleteResult": [
      "Deleted",
      "NotFound"
    ],
    "DepartmentResult": [
      "Department",
      "InvalidInput",
      "NotFound"
    ],
    "DeviceResult": [
      "Device",
      "NotFound"
    ],
    "ErrorResult": [
      "AccountLocked",
      "CheckInRefused",
      "CounterOccupied",
      "InvalidCredentials",
      "InvalidInput",
      "InvalidTransition",
      "NoShowLimitReached",
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
    "JoinWaitlistResult": [
      "InvalidInput",
      "NoShowLimitReached",
      "NotFound",
      "TooManyAppointments",
      "WaitlistJoined"
    ],
    "KeepClosureAppointmentsResult": [
      "Closure",
      "InvalidInput",
      "NotFound"
    ],
    "LeaveWaitlistResult": [
      "NotFound",
      "WaitlistEntryView"
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
    "OrganisationHolidayChangeResult": [
      "InvalidInput",
      "NotFound",
      "OrganisationHolidayChange"
    ],
    "OrganisationHolidaysResult": [
      "NotFound",
      "OrganisationHolidays"
    ],
    "OrganisationResult": [
      "InvalidInput",
      "NotFound",
      "Organisation"
    ],
    "QueueEntryResult": [
      "InvalidInput",
      "InvalidTransition",
      "NotFound",
      "QueueEntry"
    ],
    "RemoveIdentityProviderResult": [
      "NotFound",
      "RemovedIdentityProvider"
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
    "RoleResult": [
      "InvalidInput",
      "NotFound",
      "Role"
    ],
    "SearchSynonymResult": [
      "InvalidInput",
      "SearchSynonym"
    ],
    "ServiceResult": [
      "InvalidInput",
      "Service"
    ],
    "ServiceTextResult": [
      "InvalidInput",
      "NotFound",
      "Service"
    ],
    "SignInAtCounterResult": [
      "CounterOccupied",
      "CounterSession",
      "NotFound"
    ],
    "StaffAccountResult": [
      "InvalidInput",
      "NotFound",
      "StaffAccount"
    ],
    "TakeWaitlistOfferResult": [
      "InvalidInput",
      "NoShowLimitReached",
      "NotFound",
      "ReservationExpired",
      "TooManyAppointments",
      "WaitlistOfferTaken"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "ApiKeyResult": [
      "ApiKey",
      "NotFound"
    ],
    "AppointmentByLinkResult": [
      "Appointment",
      "InvalidInput",
      "NotFound",
      "ReservationExpired"
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
    "CancelOfficeAppointmentsResult": [
      "CancelledAppointments",
      "InvalidInput",
      "NotFound"
    ],
    "CapacityChangeResult": [
      "CapacityChange",
      "InvalidInput",
      "NotFound"
    ],
    "CapacityPreviewResult": [
      "CapacityPreview",
      "InvalidInput",
      "NotFound"
    ],
    "CheckInResult": [
      "CheckInRefused",
      "NotFound",
      "QueueEntry"
    ],
    "ConfigureIdentityProviderResult": [
      "IdentityProviderSettings",
      "InvalidInput",
      "NotFound"
    ],
    "ConfirmAppointmentResult": [
      "ConfirmedAppointment",
      "InvalidInput",
      "NoShowLimitReached",
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
      "InvalidInput",
      "NotFound"
    ],
    "CreateDeviceResult": [
      "CreatedDevice",
      "InvalidInput",
      "NotFound"
    ],
    "DeclineWaitlistOfferResult": [
      "InvalidInput",
      "NotFound",
      "WaitlistOfferView"
    ],
    "DeleteResult": [
      "Deleted",
      "NotFound"
    ],
    "DepartmentResult": [
      "Department",
      "InvalidInput",
      "NotFound"
    ],
    "DeviceResult": [
      "Device",
      "NotFound"
    ],
    "ErrorResult": [
      "AccountLocked",
      "CheckInRefused",
      "CounterOccupied",
      "InvalidCredentials",
      "InvalidInput",
      "InvalidTransition",
      "NoShowLimitReached",
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
    "JoinWaitlistResult": [
      "InvalidInput",
      "NoShowLimitReached",
      "NotFound",
      "TooManyAppointments",
      "WaitlistJoined"
    ],
    "KeepClosureAppointmentsResult": [
      "Closure",
      "InvalidInput",
      "NotFound"
    ],
    "LeaveWaitlistResult": [
      "NotFound",
      "WaitlistEntryView"
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
    "OrganisationHolidayChangeResult": [
      "InvalidInput",
      "NotFound",
      "OrganisationHolidayChange"
    ],
    "OrganisationHolidaysResult": [
      "NotFound",
      "OrganisationHolidays"
    ],
    "OrganisationResult": [
      "InvalidInput",
      "NotFound",
      "Organisation"
    ],
    "QueueEntryResult": [
      "InvalidInput",
      "InvalidTransition",
      "NotFound",
      "QueueEntry"
    ],
    "RemoveIdentityProviderResult": [
      "NotFound",
      "RemovedIdentityProvider"
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
    "RoleResult": [
      "InvalidInput",
      "NotFound",
      "Role"
    ],
    "SearchSynonymResult": [
      "InvalidInput",
      "SearchSynonym"
    ],
    "ServiceResult": [
      "InvalidInput",
      "Service"
    ],
    "ServiceTextResult": [
      "InvalidInput",
      "NotFound",
      "Service"
    ],
    "SignInAtCounterResult": [
      "CounterOccupied",
      "CounterSession",
      "NotFound"
    ],
    "StaffAccountResult": [
      "InvalidInput",
      "NotFound",
      "StaffAccount"
    ],
    "TakeWaitlistOfferResult": [
      "InvalidInput",
      "NoShowLimitReached",
      "NotFound",
      "ReservationExpired",
      "TooManyAppointments",
      "WaitlistOfferTaken"
    ]
  }
};
      export default result;
    