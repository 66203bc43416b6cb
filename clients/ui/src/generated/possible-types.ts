
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "AcceptDrawOfferResult": [
      "DrawOfferAccepted",
      "InvalidInput",
      "NoShowLimitReached",
      "NotFound",
      "ReservationExpired",
      "TooManyAppointments"
    ],
    "AcknowledgeAlarmResult": [
      "Alarm",
      "NotFound"
    ],
    "AddInternalNoteResult": [
      "InternalNote",
      "InvalidInput",
      "NotFound"
    ],
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
    "CancelDrawResult": [
      "Draw",
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
      "InvalidBookingFields",
      "InvalidInput",
      "NoShowLimitReached",
      "NotFound",
      "ReservationExpired",
      "TooManyAppointments"
    ],
    "CorrectAppointmentContactResult": [
      "Appointment",
      "InvalidInput",
      "NotFound"
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
    "DeclineDrawOfferResult": [
      "DrawOfferView",
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
    "DeleteWebhookEndpointResult": [
      "DeletedWebhookEndpoint",
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
    "DrawRemoteTicketResult": [
      "InvalidInput",
      "NoShowLimitReached",
      "NotFound",
      "OfficeClosed",
      "ProofOfWorkRequired",
      "RemoteTicketHeld",
      "RemoteTicketsOff",
      "Ticket",
      "TicketsExhausted"
    ],
    "ErrorResult": [
      "AccountLocked",
      "CheckInRefused",
      "CounterOccupied",
      "DuplicateRegistration",
      "InvalidBookingFields",
      "InvalidCredentials",
      "InvalidInput",
      "InvalidTransition",
      "LinkNotAllowed",
      "NoShowLimitReached",
      "NotAtCounter",
      "NotFound",
      "OfficeClosed",
      "OutsideBookingWindow",
      "ProofOfWorkRequired",
      "QueueEmpty",
      "RemoteTicketHeld",
      "RemoteTicketsOff",
      "ReservationExpired",
      "SlotUnavailable",
      "TicketsExhausted",
      "TooManyAppointments",
      "UnknownPlaceholder"
    ],
    "ExportDayPlanResult": [
      "DayPlanFile",
      "InvalidInput",
      "NotFound"
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
    "MaintenanceModeResult": [
      "InvalidInput",
      "MaintenanceModeView"
    ],
    "MessagePreviewResult": [
      "InvalidInput",
      "LinkNotAllowed",
      "MessagePreview",
      "NotFound",
      "UnknownPlaceholder"
    ],
    "OfficeGroupResult": [
      "InvalidInput",
      "NotFound",
      "OfficeGroup"
    ],
    "OfficeMessageSettingsResult": [
      "InvalidInput",
      "LinkNotAllowed",
      "NotFound",
      "OfficeMessages"
    ],
    "OfficeMessagesResult": [
      "NotFound",
      "OfficeMessages"
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
    "OrganisationMessagesResult": [
      "NotFound",
      "OrganisationMessages"
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
    "RaiseAlarmResult": [
      "Alarm",
      "NotAtCounter"
    ],
    "RegisterForDrawResult": [
      "DrawRegistered",
      "InvalidInput",
      "NotFound",
      "ProofOfWorkRequired"
    ],
    "RegisterWebhookEndpointResult": [
      "InvalidInput",
      "NotFound",
      "RegisteredWebhookEndpoint"
    ],
    "RemoveIdentityProviderResult": [
      "NotFound",
      "RemovedIdentityProvider"
    ],
    "RemoveMessageTemplateResult": [
      "MessageTemplateText",
      "NotFound"
    ],
    "RescheduleAppointmentResult": [
      "Appointment",
      "InvalidInput",
      "NotFound",
      "OutsideBookingWindow",
      "SlotUnavailable"
    ],
    "ResendAppointmentConfirmationResult": [
      "Appointment",
      "InvalidInput",
      "NotFound"
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
    "SaveMessageTemplateResult": [
      "InvalidInput",
      "LinkNotAllowed",
      "MessageTemplateText",
      "NotFound",
      "UnknownPlaceholder"
    ],
    "ScheduleDrawResult": [
      "Draw",
      "InvalidInput",
      "NotFound"
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
    "SetDrawRegistrationUrgentResult": [
      "DrawRegistrationStaffView",
      "InvalidInput",
      "NotFound"
    ],
    "SetServiceReleaseModeResult": [
      "InvalidInput",
      "NotFound",
      "ServiceRelease"
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
    ],
    "TicketContactResult": [
      "InvalidInput",
      "NotFound",
      "TicketContact"
    ],
    "UpdateBookingFormResult": [
      "BookingForm",
      "InvalidInput",
      "NotFound"
    ],
    "VerifyDrawRegistrationResult": [
      "DrawRegistrationView",
      "DuplicateRegistration",
      "InvalidInput",
      "NotFound"
    ],
    "WebhookDeliveryLogResult": [
      "NotFound",
      "WebhookDeliveryLog"
    ],
    "WebhookDeliveryResult": [
      "NotFound",
      "WebhookDelivery"
    ],
    "WebhookEndpointResult": [
      "InvalidInput",
      "NotFound",
      "WebhookEndpoint"
    ],
    "WithdrawDrawRegistrationResult": [
      "DrawRegistrationView",
      "InvalidInput",
      "NotFound"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "AcceptDrawOfferResult": [
      "DrawOfferAccepted",
      "InvalidInput",
      "NoShowLimitReached",
      "NotFound",
      "ReservationExpired",
      "TooManyAppointments"
    ],
    "AcknowledgeAlarmResult": [
      "Alarm",
      "NotFound"
    ],
    "AddInternalNoteResult": [
      "InternalNote",
      "InvalidInput",
      "NotFound"
    ],
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
    "CancelDrawResult": [
      "Draw",
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
      "InvalidBookingFields",
      "InvalidInput",
      "NoShowLimitReached",
      "NotFound",
      "ReservationExpired",
      "TooManyAppointments"
    ],
    "CorrectAppointmentContactResult": [
      "Appointment",
      "InvalidInput",
      "NotFound"
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
    "DeclineDrawOfferResult": [
      "DrawOfferView",
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
    "DeleteWebhookEndpointResult": [
      "DeletedWebhookEndpoint",
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
    "DrawRemoteTicketResult": [
      "InvalidInput",
      "NoShowLimitReached",
      "NotFound",
      "OfficeClosed",
      "ProofOfWorkRequired",
      "RemoteTicketHeld",
      "RemoteTicketsOff",
      "Ticket",
      "TicketsExhausted"
    ],
    "ErrorResult": [
      "AccountLocked",
      "CheckInRefused",
      "CounterOccupied",
      "DuplicateRegistration",
      "InvalidBookingFields",
      "InvalidCredentials",
      "InvalidInput",
      "InvalidTransition",
      "LinkNotAllowed",
      "NoShowLimitReached",
      "NotAtCounter",
      "NotFound",
      "OfficeClosed",
      "OutsideBookingWindow",
      "ProofOfWorkRequired",
      "QueueEmpty",
      "RemoteTicketHeld",
      "RemoteTicketsOff",
      "ReservationExpired",
      "SlotUnavailable",
      "TicketsExhausted",
      "TooManyAppointments",
      "UnknownPlaceholder"
    ],
    "ExportDayPlanResult": [
      "DayPlanFile",
      "InvalidInput",
      "NotFound"
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
    "MaintenanceModeResult": [
      "InvalidInput",
      "MaintenanceModeView"
    ],
    "MessagePreviewResult": [
      "InvalidInput",
      "LinkNotAllowed",
      "MessagePreview",
      "NotFound",
      "UnknownPlaceholder"
    ],
    "OfficeGroupResult": [
      "InvalidInput",
      "NotFound",
      "OfficeGroup"
    ],
    "OfficeMessageSettingsResult": [
      "InvalidInput",
      "LinkNotAllowed",
      "NotFound",
      "OfficeMessages"
    ],
    "OfficeMessagesResult": [
      "NotFound",
      "OfficeMessages"
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
    "OrganisationMessagesResult": [
      "NotFound",
      "OrganisationMessages"
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
    "RaiseAlarmResult": [
      "Alarm",
      "NotAtCounter"
    ],
    "RegisterForDrawResult": [
      "DrawRegistered",
      "InvalidInput",
      "NotFound",
      "ProofOfWorkRequired"
    ],
    "RegisterWebhookEndpointResult": [
      "InvalidInput",
      "NotFound",
      "RegisteredWebhookEndpoint"
    ],
    "RemoveIdentityProviderResult": [
      "NotFound",
      "RemovedIdentityProvider"
    ],
    "RemoveMessageTemplateResult": [
      "MessageTemplateText",
      "NotFound"
    ],
    "RescheduleAppointmentResult": [
      "Appointment",
      "InvalidInput",
      "NotFound",
      "OutsideBookingWindow",
      "SlotUnavailable"
    ],
    "ResendAppointmentConfirmationResult": [
      "Appointment",
      "InvalidInput",
      "NotFound"
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
    "SaveMessageTemplateResult": [
      "InvalidInput",
      "LinkNotAllowed",
      "MessageTemplateText",
      "NotFound",
      "UnknownPlaceholder"
    ],
    "ScheduleDrawResult": [
      "Draw",
      "InvalidInput",
      "NotFound"
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
    "SetDrawRegistrationUrgentResult": [
      "DrawRegistrationStaffView",
      "InvalidInput",
      "NotFound"
    ],
    "SetServiceReleaseModeResult": [
      "InvalidInput",
      "NotFound",
      "ServiceRelease"
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
    ],
    "TicketContactResult": [
      "InvalidInput",
      "NotFound",
      "TicketContact"
    ],
    "UpdateBookingFormResult": [
      "BookingForm",
      "InvalidInput",
      "NotFound"
    ],
    "VerifyDrawRegistrationResult": [
      "DrawRegistrationView",
      "DuplicateRegistration",
      "InvalidInput",
      "NotFound"
    ],
    "WebhookDeliveryLogResult": [
      "NotFound",
      "WebhookDeliveryLog"
    ],
    "WebhookDeliveryResult": [
      "NotFound",
      "WebhookDelivery"
    ],
    "WebhookEndpointResult": [
      "InvalidInput",
      "NotFound",
      "WebhookEndpoint"
    ],
    "WithdrawDrawRegistrationResult": [
      "DrawRegistrationView",
      "InvalidInput",
      "NotFound"
    ]
  }
};
      export default result;
    