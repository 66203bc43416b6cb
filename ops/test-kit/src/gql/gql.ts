/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query AccountsCliViewer { viewer { kind name } }": typeof types.AccountsCliViewerDocument,
    "mutation AccountsCreateStaffAccount($input: CreateStaffAccountInput!) {\n  createStaffAccount(input: $input) { __typename ... on StaffAccount { id username memberships { role office { id } } } ... on InvalidInput { problems } ... on ErrorResult { code } }\n}": typeof types.AccountsCreateStaffAccountDocument,
    "mutation AccountsUpdateStaffAccount($input: UpdateStaffAccountInput!) { updateStaffAccount(input: $input) { __typename ... on StaffAccount { id disabled } } }": typeof types.AccountsUpdateStaffAccountDocument,
    "mutation AccountsLogin($input: LoginInput!) { login(input: $input) { __typename ... on Session { token expiresAt account { username } } ... on AccountLocked { lockedUntil } } }": typeof types.AccountsLoginDocument,
    "query AccountsViewer { viewer { kind name account { username isAdmin memberships { role office { id } } } } }": typeof types.AccountsViewerDocument,
    "mutation AccountsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename ... on CreatedApiKey { key apiKey { id keyPrefix level } } } }": typeof types.AccountsCreateApiKeyDocument,
    "mutation AccountsCreateDevice($input: CreateDeviceInput!) { createDevice(input: $input) { __typename ... on CreatedDevice { key device { id kind } } ... on ErrorResult { code } } }": typeof types.AccountsCreateDeviceDocument,
    "query AccountsAuditLog($officeId: ID) { auditLog(officeId: $officeId, first: 100) { edges { node { id at actorKind actorName action details } } } }": typeof types.AccountsAuditLogDocument,
    "mutation AccountsLogout { logout }": typeof types.AccountsLogoutDocument,
    "mutation AccountsRevokeApiKey($input: RevokeInput!) { revokeApiKey(input: $input) { __typename } }": typeof types.AccountsRevokeApiKeyDocument,
    "mutation SetupCompleteSetup($input: CompleteSetupInput!) {\n  completeSetup(input: $input) { __typename ... on StaffAccount { username displayName isAdmin } ... on ErrorResult { code message } ... on InvalidInput { problems } }\n}": typeof types.SetupCompleteSetupDocument,
    "mutation BookingReleaseReservation($input: ReleaseReservationInput!) { releaseReservation(input: $input) { __typename ... on ErrorResult { code } } }": typeof types.BookingReleaseReservationDocument,
    "query CapacityPreviewCapacityPreview($input: CapacityPreviewInput!) { capacityPreview(input: $input) { __typename\n  ... on CapacityPreview { weekStart office { id } slots { start end date publicCapacity internCapacity taken } affectedAppointments { number start } }\n  ... on InvalidInput { problems } ... on ErrorResult { code message } } }": typeof types.CapacityPreviewCapacityPreviewDocument,
    "query CapacityPreviewOffice($id: ID!) { office(id: $id) { version } }": typeof types.CapacityPreviewOfficeDocument,
    "query CapacityPreviewOffice2($id: ID!) { office(id: $id) { version capacityRules { endTime weekdays } } }": typeof types.CapacityPreviewOffice2Document,
    "mutation CapacityPreviewCreateStaffAccount($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }": typeof types.CapacityPreviewCreateStaffAccountDocument,
    "mutation ClosuresAddClosure($input: AddClosureInput!) { addClosure(input: $input) { __typename\n  ... on CapacityChange { closure { id date until reason } affectedAppointments { id number date status } }\n  ... on InvalidInput { problems fieldProblems { field message } } ... on ErrorResult { code } } }": typeof types.ClosuresAddClosureDocument,
    "query ClosuresOffice($id: ID!) { office(id: $id) { closures { id date until reason openAppointments { id number } keptAppointments { id number } } } }": typeof types.ClosuresOfficeDocument,
    "mutation ClosuresCancelOfficeAppointments($input: CancelOfficeAppointmentsInput!) { cancelOfficeAppointments(input: $input) { __typename\n  ... on CancelledAppointments { appointments { number status } } ... on ErrorResult { code message } } }": typeof types.ClosuresCancelOfficeAppointmentsDocument,
    "mutation ClosuresKeepClosureAppointments($input: KeepClosureAppointmentsInput!) { keepClosureAppointments(input: $input) { __typename\n  ... on Closure { id openAppointments { number } keptAppointments { number } } ... on InvalidInput { fieldProblems { field message } } ... on ErrorResult { code } } }": typeof types.ClosuresKeepClosureAppointmentsDocument,
    "mutation ClosuresUpdateCapacityRule($input: UpdateCapacityRuleInput!) { updateCapacityRule(input: $input) { __typename ... on CapacityChange { affectedAppointments { number } } } }": typeof types.ClosuresUpdateCapacityRuleDocument,
    "query ClosuresCapacityPreview($input: CapacityPreviewInput!) { capacityPreview(input: $input) { ... on CapacityPreview { affectedAppointments { number } } } }": typeof types.ClosuresCapacityPreviewDocument,
    "mutation ClosuresRemoveClosure($input: RemoveClosureInput!) { removeClosure(input: $input) { __typename } }": typeof types.ClosuresRemoveClosureDocument,
    "mutation ClosuresCreateStaffAccount($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }": typeof types.ClosuresCreateStaffAccountDocument,
    "mutation OfficeSettingsUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename\n  ... on Office { settings { reservationMinutes displayMessage noShowLimit contactRetentionDays ticketFirstNumber ticketLastNumber } }\n  ... on InvalidInput { problems fieldProblems { field message min max } } ... on ErrorResult { code } } }": typeof types.OfficeSettingsUpdateOfficeSettingsDocument,
    "mutation OfficeSettingsSetOpeningHours($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename\n  ... on Office { openingHours { weekdays open close } } ... on InvalidInput { fieldProblems { field message min max } } } }": typeof types.OfficeSettingsSetOpeningHoursDocument,
    "mutation OfficeSettingsCreateCapacityRule($input: CreateCapacityRuleInput!) { createCapacityRule(input: $input) { __typename ... on InvalidInput { fieldProblems { field message min max } } } }": typeof types.OfficeSettingsCreateCapacityRuleDocument,
    "query OfficeSettingsOffice($id: ID!) { office(id: $id) { settings { reservationMinutes displayMessage noShowLimit contactRetentionDays ticketFirstNumber ticketLastNumber } } }": typeof types.OfficeSettingsOfficeDocument,
    "query ServiceSearchServices($search: String, $language: MessageLanguage, $first: Int!, $after: String) {\n  services(search: $search, language: $language, first: $first, after: $after) {\n    edges { node { id name(language: $language) } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": typeof types.ServiceSearchServicesDocument,
    "mutation ServiceSearchCreateService($input: CreateServiceInput!) { createService(input: $input) { ... on Service { id } } }": typeof types.ServiceSearchCreateServiceDocument,
    "mutation ServiceSearchSetServiceText($input: SetServiceTextInput!) { setServiceText(input: $input) { __typename ... on Service { id } ... on ErrorResult { message } } }": typeof types.ServiceSearchSetServiceTextDocument,
    "query ServiceSearchServices2($language: MessageLanguage) { services(first: 50) { edges { node { id name(language: $language) whatToBring(language: $language) } } } }": typeof types.ServiceSearchServices2Document,
    "mutation ServiceSearchAddSearchSynonym($input: AddSearchSynonymInput!) { addSearchSynonym(input: $input) { __typename ... on SearchSynonym { id term means } ... on InvalidInput { problems } } }": typeof types.ServiceSearchAddSearchSynonymDocument,
    "mutation ServiceSearchRemoveSearchSynonym($input: RemoveSearchSynonymInput!) { removeSearchSynonym(input: $input) { __typename } }": typeof types.ServiceSearchRemoveSearchSynonymDocument,
    "query ServiceSearchSearchSynonyms { searchSynonyms(first: 200) { edges { node { term means } } } }": typeof types.ServiceSearchSearchSynonymsDocument,
    "query ServiceSearchSearchSynonyms2 { searchSynonyms(first: 1) { edges { node { term } } } }": typeof types.ServiceSearchSearchSynonyms2Document,
    "mutation ServiceSearchCreateOffice { createOffice(input: { name: \"Bürgeramt Test\", address: { street: \"Weg\", houseNumber: \"1\", postalCode: \"10115\" } }) { ... on Office { id } } }": typeof types.ServiceSearchCreateOfficeDocument,
    "mutation ServiceSearchSetOfficeService($input: SetOfficeServiceInput!) { setOfficeService(input: $input) { __typename } }": typeof types.ServiceSearchSetOfficeServiceDocument,
    "query ServiceSearchServices3 { services(first: 50) { edges { node { id bookableOnline } } } }": typeof types.ServiceSearchServices3Document,
    "query ServiceSearchOffices($serviceIds: [ID!], $bookableOnline: Boolean) { offices(serviceIds: $serviceIds, bookableOnline: $bookableOnline, first: 10) { edges { node { id } } } }": typeof types.ServiceSearchOfficesDocument,
    "query NotificationsAppointmentByLink($input: LinkTokenInput!) { appointmentByLink(input: $input) { number status start } }": typeof types.NotificationsAppointmentByLinkDocument,
    "mutation NotificationsCancelAppointmentByLink($input: LinkTokenInput!) { cancelAppointmentByLink(input: $input) { __typename ... on Appointment { number status } ... on ErrorResult { code } } }": typeof types.NotificationsCancelAppointmentByLinkDocument,
    "mutation NotificationsConfirmAppointmentByLink($input: LinkTokenInput!) { confirmAppointmentByLink(input: $input) { __typename ... on Appointment { number status } ... on ErrorResult { code } } }": typeof types.NotificationsConfirmAppointmentByLinkDocument,
    "mutation NotificationsCreateService { createService(input: { name: \"Personalausweis beantragen\" }) { ... on Service { id } } }": typeof types.NotificationsCreateServiceDocument,
    "mutation NotificationsSetServiceText($input: SetServiceTextInput!) { setServiceText(input: $input) { __typename } }": typeof types.NotificationsSetServiceTextDocument,
    "mutation NotificationsSetOfficeService($input: SetOfficeServiceInput!) { setOfficeService(input: $input) { __typename } }": typeof types.NotificationsSetOfficeServiceDocument,
    "mutation NotificationsCancelOfficeAppointments($input: CancelOfficeAppointmentsInput!) { cancelOfficeAppointments(input: $input) { __typename ... on CancelledAppointments { appointments { number status } } ... on ErrorResult { code } } }": typeof types.NotificationsCancelOfficeAppointmentsDocument,
    "query NotificationsAppointment($input: AppointmentAccessInput!) { appointment(input: $input) { status confirmBy } }": typeof types.NotificationsAppointmentDocument,
    "mutation NotificationsUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename } }": typeof types.NotificationsUpdateOfficeSettingsDocument,
    "subscription NotificationsAvailabilityChanged($officeId: ID!) { availabilityChanged(officeId: $officeId) { reason dates } }": typeof types.NotificationsAvailabilityChangedDocument,
    "mutation NotificationsSetOpeningHours($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename } }": typeof types.NotificationsSetOpeningHoursDocument,
    "mutation NotificationsCheckIn($input: CheckInInput!) { checkIn(input: $input) { __typename ... on QueueEntry { id } } }": typeof types.NotificationsCheckInDocument,
    "mutation NotificationsCreateCounter($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }": typeof types.NotificationsCreateCounterDocument,
    "mutation NotificationsSignInAtCounter($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename } }": typeof types.NotificationsSignInAtCounterDocument,
    "query NotificationsQueue($officeId: ID!) { queue(officeId: $officeId) { entries { id position } } }": typeof types.NotificationsQueueDocument,
    "mutation NotificationsCallNext { callNext { __typename } }": typeof types.NotificationsCallNextDocument,
    "mutation NotificationsCallNext2 { callNext { __typename } }": typeof types.NotificationsCallNext2Document,
    "mutation RetentionUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename ... on Office { settings { contactRetentionDays noShowLimit } } } }": typeof types.RetentionUpdateOfficeSettingsDocument,
    "mutation RetentionJoinWaitlist($input: JoinWaitlistInput!) { joinWaitlist(input: $input) { __typename } }": typeof types.RetentionJoinWaitlistDocument,
    "query CounterWorkQueue($officeId: ID!) { queue(officeId: $officeId) { version computedAt nextChangeAt entries { id displayNumber status position estimatedWaitMinutes skippedUntil counterName citizenName services { id name } } myCounter { callingOrder session { counterName staffName serviceIds } } } }": typeof types.CounterWorkQueueDocument,
    "mutation CounterWorkIssueTicket($input: IssueTicketInput!) { issueTicket(input: $input) { __typename ... on Ticket { entry { id displayNumber } } } }": typeof types.CounterWorkIssueTicketDocument,
    "mutation CounterWorkCheckIn($input: CheckInInput!) { checkIn(input: $input) { __typename ... on QueueEntry { id displayNumber } ... on ErrorResult { code } } }": typeof types.CounterWorkCheckInDocument,
    "mutation CounterWorkSignInAtCounter($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename ... on CounterSession { counterName staffName } ... on CounterOccupied { code staffName since canTakeOver } ... on ErrorResult { code } } }": typeof types.CounterWorkSignInAtCounterDocument,
    "mutation CounterWorkCallNext { callNext { __typename ... on QueueEntry { id displayNumber } ... on ErrorResult { code } } }": typeof types.CounterWorkCallNextDocument,
    "mutation CounterWorkStepMarkMissed($input: EntryInput!) { markMissed(input: $input) { __typename ... on QueueEntry { id status } ... on ErrorResult { code } } }": typeof types.CounterWorkStepMarkMissedDocument,
    "mutation CounterWorkStepRequeueEntry($input: EntryInput!) { requeueEntry(input: $input) { __typename ... on QueueEntry { id status } ... on ErrorResult { code } } }": typeof types.CounterWorkStepRequeueEntryDocument,
    "mutation CounterWorkStepStartService($input: EntryInput!) { startService(input: $input) { __typename ... on QueueEntry { id status } ... on ErrorResult { code } } }": typeof types.CounterWorkStepStartServiceDocument,
    "mutation CounterWorkSetEntryPriority($input: SetEntryPriorityInput!) { setEntryPriority(input: $input) { __typename } }": typeof types.CounterWorkSetEntryPriorityDocument,
    "mutation CounterWorkSetOpeningHours($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename } }": typeof types.CounterWorkSetOpeningHoursDocument,
    "mutation CounterWorkCreateCounter($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }": typeof types.CounterWorkCreateCounterDocument,
    "mutation CounterWorkCreateStaffAccount($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }": typeof types.CounterWorkCreateStaffAccountDocument,
    "query CounterWorkWaitingInfo($officeId: ID!) { waitingInfo(officeId: $officeId) { estimatedWaitMinutes } }": typeof types.CounterWorkWaitingInfoDocument,
    "mutation CounterWorkCreateDevice($input: CreateDeviceInput!) { createDevice(input: $input) { ... on CreatedDevice { key } } }": typeof types.CounterWorkCreateDeviceDocument,
    "mutation CounterWorkCheckIn2($input: CheckInInput!) { checkIn(input: $input) { __typename ... on QueueEntry { displayNumber citizenName } } }": typeof types.CounterWorkCheckIn2Document,
    "query CounterWorkCounterSessions($officeId: ID!) { counterSessions(officeId: $officeId) { counterName staffName } }": typeof types.CounterWorkCounterSessionsDocument,
    "subscription QueueEventsCallIssued($officeId: ID) { callIssued(officeId: $officeId) { displayNumber counterName version office { id } } }": typeof types.QueueEventsCallIssuedDocument,
    "mutation QueueEventsCreateCounter($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }": typeof types.QueueEventsCreateCounterDocument,
    "mutation QueueEventsSignInAtCounter($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename } }": typeof types.QueueEventsSignInAtCounterDocument,
    "mutation QueueEventsIssueTicket($input: IssueTicketInput!) { issueTicket(input: $input) { __typename } }": typeof types.QueueEventsIssueTicketDocument,
    "mutation QueueEventsCallNext { callNext { __typename ... on QueueEntry { displayNumber } } }": typeof types.QueueEventsCallNextDocument,
    "mutation QueueIssueTicket($input: IssueTicketInput!) { issueTicket(input: $input) { __typename ... on Ticket { secret statusUrl entry { id displayNumber position estimatedWaitMinutes } } ... on ErrorResult { code message } } }": typeof types.QueueIssueTicketDocument,
    "mutation QueueCheckIn($input: CheckInInput!) { checkIn(input: $input) { __typename ... on QueueEntry { id displayNumber status } ... on ErrorResult { code message } } }": typeof types.QueueCheckInDocument,
    "query QueueQueue($officeId: ID!) { queue(officeId: $officeId) { version entries { id displayNumber status withAppointment position estimatedWaitMinutes counterName } } }": typeof types.QueueQueueDocument,
    "mutation QueueSignInAtCounter($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename ... on CounterSession { counterName } } }": typeof types.QueueSignInAtCounterDocument,
    "mutation QueueCallNext { callNext { __typename ... on QueueEntry { id displayNumber status counterName } ... on ErrorResult { code } } }": typeof types.QueueCallNextDocument,
    "mutation QueueStepRecallEntry($input: EntryInput!) { recallEntry(input: $input) { __typename ... on QueueEntry { id status calledCount } ... on ErrorResult { code } } }": typeof types.QueueStepRecallEntryDocument,
    "mutation QueueStepRequeueEntry($input: EntryInput!) { requeueEntry(input: $input) { __typename ... on QueueEntry { id status calledCount } ... on ErrorResult { code } } }": typeof types.QueueStepRequeueEntryDocument,
    "mutation QueueStepStartService($input: EntryInput!) { startService(input: $input) { __typename ... on QueueEntry { id status calledCount } ... on ErrorResult { code } } }": typeof types.QueueStepStartServiceDocument,
    "mutation QueueCreateCounter($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id name } } }": typeof types.QueueCreateCounterDocument,
    "mutation QueueCreateDevice($input: CreateDeviceInput!) { createDevice(input: $input) { ... on CreatedDevice { key } } }": typeof types.QueueCreateDeviceDocument,
    "mutation QueueCreateStaffAccount($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }": typeof types.QueueCreateStaffAccountDocument,
    "mutation QueueSetOpeningHours($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename } }": typeof types.QueueSetOpeningHoursDocument,
    "subscription QueueCallIssued($officeId: ID) { callIssued(officeId: $officeId) { displayNumber counterName room version } }": typeof types.QueueCallIssuedDocument,
    "subscription QueueMyQueueStatus($input: QueueAccessInput!) { myQueueStatus(input: $input) { status position counterName version } }": typeof types.QueueMyQueueStatusDocument,
    "mutation QueueFinishService($input: FinishServiceInput!) { finishService(input: $input) { __typename } }": typeof types.QueueFinishServiceDocument,
    "subscription QueueMyQueueStatus2($input: QueueAccessInput!) { myQueueStatus(input: $input) { displayNumber status position } }": typeof types.QueueMyQueueStatus2Document,
    "mutation QueueUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename } }": typeof types.QueueUpdateOfficeSettingsDocument,
    "mutation QueueRedirectEntry($input: RedirectEntryInput!) { redirectEntry(input: $input) { __typename ... on QueueEntry { id displayNumber status } } }": typeof types.QueueRedirectEntryDocument,
    "query QueueQueueStatus($input: QueueAccessInput!) { queueStatus(input: $input) { status position } }": typeof types.QueueQueueStatusDocument,
    "mutation QueueCallEntry($input: EntryInput!) { callEntry(input: $input) { __typename } }": typeof types.QueueCallEntryDocument,
    "mutation QueueFinishService2($input: FinishServiceInput!) { finishService(input: $input) { __typename } }": typeof types.QueueFinishService2Document,
    "query QueueWaitingInfo($officeId: ID!) { waitingInfo(officeId: $officeId) { version waitingCount estimatedWaitMinutes countersServing } }": typeof types.QueueWaitingInfoDocument,
    "query QueueRecentCalls($officeId: ID) { recentCalls(officeId: $officeId) { versions { officeId version } calls { id displayNumber counterName callCount } } }": typeof types.QueueRecentCallsDocument,
    "subscription QueueQueueChanged { queueChanged(officeId: \"999999\") { version } }": typeof types.QueueQueueChangedDocument,
    "subscription QueueMyQueueStatus3 { myQueueStatus(input: { number: \"1\", secret: \"wrong\" }) { status } }": typeof types.QueueMyQueueStatus3Document,
    "subscription QueueQueueChanged2($officeId: ID!) { queueChanged(officeId: $officeId) { version } }": typeof types.QueueQueueChanged2Document,
    "mutation QueueUpdateOfficeSettings2($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename } }": typeof types.QueueUpdateOfficeSettings2Document,
    "mutation QueueIssueTicket2($input: IssueTicketInput!) { issueTicket(input: $input) { ... on Ticket { entry { id allowedActions } } } }": typeof types.QueueIssueTicket2Document,
    "query WaitingRoomWaitingRoom($officeId: ID, $groupId: ID) { waitingRoom(officeId: $officeId, groupId: $groupId) {\n  groupId name offices { version displayMessage waitingCount estimatedWaitMinutes countersServing open ticketsLeft office { id name } } } }": typeof types.WaitingRoomWaitingRoomDocument,
    "subscription WaitingRoomWaitingRoomChanged($officeId: ID, $groupId: ID) { waitingRoomChanged(officeId: $officeId, groupId: $groupId) {\n  version displayMessage waitingCount open ticketsLeft office { id } } }": typeof types.WaitingRoomWaitingRoomChangedDocument,
    "mutation WaitingRoomIssueTicket($input: IssueTicketInput!) { issueTicket(input: $input) { __typename ... on ErrorResult { code } } }": typeof types.WaitingRoomIssueTicketDocument,
    "mutation WaitingRoomUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename ... on Office { settings { displayMessage } } } }": typeof types.WaitingRoomUpdateOfficeSettingsDocument,
    "mutation WaitingRoomCreateDevice($input: CreateDeviceInput!) { createDevice(input: $input) { ... on CreatedDevice { key } } }": typeof types.WaitingRoomCreateDeviceDocument,
    "query WaitingRoomWaitingRoom2($officeId: ID) { waitingRoom(officeId: $officeId) { offices { open opensAt } } }": typeof types.WaitingRoomWaitingRoom2Document,
    "mutation WaitingRoomSetOpeningHours($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename } }": typeof types.WaitingRoomSetOpeningHoursDocument,
    "mutation WaitingRoomAddClosure($input: AddClosureInput!) { addClosure(input: $input) { __typename ... on CapacityChange { closure { id } } } }": typeof types.WaitingRoomAddClosureDocument,
    "mutation WaitingRoomRemoveClosure($input: RemoveClosureInput!) { removeClosure(input: $input) { __typename } }": typeof types.WaitingRoomRemoveClosureDocument,
    "mutation WaitingRoomStepMarkMissed($input: EntryInput!) { markMissed(input: $input) { __typename ... on QueueEntry { id status } } }": typeof types.WaitingRoomStepMarkMissedDocument,
    "mutation WaitingRoomStepParkEntry($input: EntryInput!) { parkEntry(input: $input) { __typename ... on QueueEntry { id status } } }": typeof types.WaitingRoomStepParkEntryDocument,
    "mutation WaitingRoomStepRequeueEntry($input: EntryInput!) { requeueEntry(input: $input) { __typename ... on QueueEntry { id status } } }": typeof types.WaitingRoomStepRequeueEntryDocument,
    "mutation WaitingRoomCheckIn($input: CheckInInput!) { checkIn(input: $input) { __typename ... on QueueEntry { id } ... on CheckInRefused { code reason opensAt } ... on ErrorResult { code } } }": typeof types.WaitingRoomCheckInDocument,
    "mutation WaitingRoomSetOpeningHours2($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename } }": typeof types.WaitingRoomSetOpeningHours2Document,
    "mutation WaitingRoomCreateOfficeGroup($input: OfficeGroupInput!) { createOfficeGroup(input: $input) { ... on OfficeGroup { id } } }": typeof types.WaitingRoomCreateOfficeGroupDocument,
    "subscription WaitingRoomWaitingRoomChanged2($officeId: ID) { waitingRoomChanged(officeId: $officeId) { version open opensAt } }": typeof types.WaitingRoomWaitingRoomChanged2Document,
    "mutation WaitingRoomCreateCounter($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }": typeof types.WaitingRoomCreateCounterDocument,
    "mutation WaitingRoomSignInAtCounter($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename } }": typeof types.WaitingRoomSignInAtCounterDocument,
    "query WaitingRoomWaitingRoom3($officeId: ID) { waitingRoom(officeId: $officeId) { offices { withdrawnNumbers } } }": typeof types.WaitingRoomWaitingRoom3Document,
    "mutation WaitingRoomCallNext { callNext { ... on QueueEntry { id displayNumber } } }": typeof types.WaitingRoomCallNextDocument,
    "subscription WaitingRoomWaitingRoomChanged3($officeId: ID) { waitingRoomChanged(officeId: $officeId) { withdrawnNumbers } }": typeof types.WaitingRoomWaitingRoomChanged3Document,
    "mutation WaitingRoomCallEntry($input: EntryInput!) { callEntry(input: $input) { __typename } }": typeof types.WaitingRoomCallEntryDocument,
    "subscription AvailabilityEventsAvailabilityChanged($officeId: ID!) { availabilityChanged(officeId: $officeId) { version dates reason office { id } } }": typeof types.AvailabilityEventsAvailabilityChangedDocument,
    "mutation AvailabilitySetOfficeService($input: SetOfficeServiceInput!) { setOfficeService(input: $input) { __typename } }": typeof types.AvailabilitySetOfficeServiceDocument,
    "query AvailabilityAvailableDays($input: AvailableDaysInput!) { availableDays(input: $input) { date officeCount offices { id } } }": typeof types.AvailabilityAvailableDaysDocument,
    "mutation AvailabilityCreateCapacityRule($input: CreateCapacityRuleInput!) { createCapacityRule(input: $input) { __typename ... on InvalidInput { problems } } }": typeof types.AvailabilityCreateCapacityRuleDocument,
    "mutation HolidayRegionsUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename\n  ... on Office { settings { holidayRegion } } ... on InvalidInput { fieldProblems { field message } } } }": typeof types.HolidayRegionsUpdateOfficeSettingsDocument,
    "query HolidayRegionsOffice($id: ID!) { office(id: $id) { settings { holidayRegion } } }": typeof types.HolidayRegionsOfficeDocument,
    "query StatisticsStatistics($input: StatisticsInput!) { statistics(input: $input) {\n  from to offices { id } appointments cancelled noShows walkIns served missed\n  appointmentsByChannel { channel appointments }\n  waitingByHour { hour customers meanMinutes p90Minutes }\n  serviceTimes { service { id } customers meanMinutes }\n  utilisation { date offered booked } } }": typeof types.StatisticsStatisticsDocument,
    "mutation StatisticsCreateStaffAccount($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }": typeof types.StatisticsCreateStaffAccountDocument,
    "mutation StatisticsCreateOfficeGroup($input: OfficeGroupInput!) { createOfficeGroup(input: $input) { ... on OfficeGroup { id } } }": typeof types.StatisticsCreateOfficeGroupDocument,
    "mutation StatisticsCreateOfficeGroup2($input: OfficeGroupInput!) { createOfficeGroup(input: $input) { ... on OfficeGroup { id } } }": typeof types.StatisticsCreateOfficeGroup2Document,
    "mutation WaitlistJoinWaitlist($input: JoinWaitlistInput!) { joinWaitlist(input: $input) { __typename ... on WaitlistJoined { token entry { status appointmentNumber offices { id } services { id } } } ... on ErrorResult { code message } } }": typeof types.WaitlistJoinWaitlistDocument,
    "query WaitlistWaitlistOffer($input: LinkTokenInput!) { waitlistOffer(input: $input) { status start holdExpiresAt appointmentNumber office { id } } }": typeof types.WaitlistWaitlistOfferDocument,
    "mutation WaitlistTakeWaitlistOffer($input: LinkTokenInput!) { takeWaitlistOffer(input: $input) { __typename ... on WaitlistOfferTaken { secret manageUrl appointment { number status start } } ... on ErrorResult { code } } }": typeof types.WaitlistTakeWaitlistOfferDocument,
    "mutation WaitlistLeaveWaitlist($input: LinkTokenInput!) { leaveWaitlist(input: $input) { __typename ... on WaitlistEntryView { status } ... on ErrorResult { code } } }": typeof types.WaitlistLeaveWaitlistDocument,
    "mutation WaitlistSetServiceText($input: SetServiceTextInput!) { setServiceText(input: $input) { __typename } }": typeof types.WaitlistSetServiceTextDocument,
    "subscription WaitlistAvailabilityChanged($officeId: ID!) { availabilityChanged(officeId: $officeId) { reason } }": typeof types.WaitlistAvailabilityChangedDocument,
    "mutation WaitlistUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename } }": typeof types.WaitlistUpdateOfficeSettingsDocument,
    "mutation LimitsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on CreatedApiKey { key } } }": typeof types.LimitsCreateApiKeyDocument,
    "query LimitsServices { services { edges { node { id } } } }": typeof types.LimitsServicesDocument,
    "query LimitsViewer { viewer { kind } }": typeof types.LimitsViewerDocument,
    "query LimitsProofOfWorkChallenge { proofOfWorkChallenge { algorithm challenge maxnumber salt signature required } }": typeof types.LimitsProofOfWorkChallengeDocument,
    "query LimitsDeepOffices { offices { edges { node { services { service { name } } } } } }": typeof types.LimitsDeepOfficesDocument,
    "query LimitsCostlyServices { services(first: 200) { edges { node { id name description url } } } }": typeof types.LimitsCostlyServicesDocument,
    "query LimitsTwentyServices { services(first: 20) { edges { node { id name } } } }": typeof types.LimitsTwentyServicesDocument,
    "query LimitsQueueStatus($input: QueueAccessInput!) { queueStatus(input: $input) { status } }": typeof types.LimitsQueueStatusDocument,
    "subscription ClusterAvailabilityChanged($officeId: ID!) { availabilityChanged(officeId: $officeId) { version reason } }": typeof types.ClusterAvailabilityChangedDocument,
    "query EmbeddedDefaultOffices { offices(first: 100) { edges { node { id name } } } }": typeof types.EmbeddedDefaultOfficesDocument,
    "query EmbeddedDefaultServices { services(search: \"Anmeldung einer Wohnung\") { edges { node { id } } } }": typeof types.EmbeddedDefaultServicesDocument,
    "query EmbeddedDefaultAvailableDays($input: AvailableDaysInput!) { availableDays(input: $input) { date offices { id } } }": typeof types.EmbeddedDefaultAvailableDaysDocument,
    "subscription DatabaseOutageCallIssued($officeId: ID) { callIssued(officeId: $officeId) { id displayNumber } }": typeof types.DatabaseOutageCallIssuedDocument,
    "mutation DatabaseOutageCreateCounter($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }": typeof types.DatabaseOutageCreateCounterDocument,
    "mutation DatabaseOutageSignInAtCounter($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename } }": typeof types.DatabaseOutageSignInAtCounterDocument,
    "mutation DatabaseOutageIssueTicket($input: IssueTicketInput!) { issueTicket(input: $input) { __typename } }": typeof types.DatabaseOutageIssueTicketDocument,
    "mutation DatabaseOutageCallNext { callNext { __typename ... on QueueEntry { displayNumber } } }": typeof types.DatabaseOutageCallNextDocument,
    "mutation LimitsUnderConcurrencyLogin($input: LoginInput!) { login(input: $input) { __typename ... on AccountLocked { lockedUntil } } }": typeof types.LimitsUnderConcurrencyLoginDocument,
    "mutation LimitsUnderConcurrencyCreateStaffAccount($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }": typeof types.LimitsUnderConcurrencyCreateStaffAccountDocument,
    "mutation LimitsUnderConcurrencyIssueTicket($input: IssueTicketInput!) { issueTicket(input: $input) { ... on Ticket { secret entry { displayNumber } } } }": typeof types.LimitsUnderConcurrencyIssueTicketDocument,
    "query LimitsUnderConcurrencyQueueStatus($input: QueueAccessInput!) { queueStatus(input: $input) { status } }": typeof types.LimitsUnderConcurrencyQueueStatusDocument,
    "mutation ReconnectStormCreateOffice($input: CreateOfficeInput!) { createOffice(input: $input) { ... on Office { id } } }": typeof types.ReconnectStormCreateOfficeDocument,
    "mutation ReconnectStormSetOpeningHours($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename } }": typeof types.ReconnectStormSetOpeningHoursDocument,
    "mutation ReconnectStormCreateService($input: CreateServiceInput!) { createService(input: $input) { ... on Service { id } } }": typeof types.ReconnectStormCreateServiceDocument,
    "mutation ReconnectStormSetOfficeService($input: SetOfficeServiceInput!) { setOfficeService(input: $input) { __typename } }": typeof types.ReconnectStormSetOfficeServiceDocument,
    "mutation ReconnectStormCreateCounter($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }": typeof types.ReconnectStormCreateCounterDocument,
    "mutation ReconnectStormSignInAtCounter($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename } }": typeof types.ReconnectStormSignInAtCounterDocument,
    "mutation ReconnectStormIssueTicket($input: IssueTicketInput!) { issueTicket(input: $input) { __typename } }": typeof types.ReconnectStormIssueTicketDocument,
    "mutation ReconnectStormCallNext { callNext { __typename } }": typeof types.ReconnectStormCallNextDocument,
    "mutation RedisOutageEventsCreateCounter($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }": typeof types.RedisOutageEventsCreateCounterDocument,
    "mutation RedisOutageEventsSignInAtCounter($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename } }": typeof types.RedisOutageEventsSignInAtCounterDocument,
    "query RedisOutageEventsRecentCalls($officeId: ID) { recentCalls(officeId: $officeId) { calls { id displayNumber } } }": typeof types.RedisOutageEventsRecentCallsDocument,
    "subscription RedisOutageEventsCallIssued($officeId: ID) { callIssued(officeId: $officeId) { id displayNumber } }": typeof types.RedisOutageEventsCallIssuedDocument,
    "mutation RedisOutageEventsIssueTicket($input: IssueTicketInput!) { issueTicket(input: $input) { __typename } }": typeof types.RedisOutageEventsIssueTicketDocument,
    "mutation RedisOutageEventsCallNext { callNext { __typename ... on QueueEntry { displayNumber } } }": typeof types.RedisOutageEventsCallNextDocument,
    "query RedisOutageLimitsServices { services { edges { node { id } } } }": typeof types.RedisOutageLimitsServicesDocument,
    "query RedisOutageLimitsViewer { viewer { kind } }": typeof types.RedisOutageLimitsViewerDocument,
    "mutation RedisOutageLimitsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on CreatedApiKey { key } } }": typeof types.RedisOutageLimitsCreateApiKeyDocument,
    "mutation SocketAbuseCreateOffice($input: CreateOfficeInput!) { createOffice(input: $input) { ... on Office { id } } }": typeof types.SocketAbuseCreateOfficeDocument,
    "mutation SocketAbuseCreateDevice($input: CreateDeviceInput!) { createDevice(input: $input) { ... on CreatedDevice { key } } }": typeof types.SocketAbuseCreateDeviceDocument,
    "query SocketAbuseServices { services { edges { node { id } } } }": typeof types.SocketAbuseServicesDocument,
    "subscription SocketAbuseCallIssued($officeId: ID) { callIssued(officeId: $officeId) { displayNumber } }": typeof types.SocketAbuseCallIssuedDocument,
    "mutation HostileInputCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on CreatedApiKey { key } } }": typeof types.HostileInputCreateApiKeyDocument,
    "query InputValidationServices { services(after: \"garbage\") { edges { node { id } } } }": typeof types.InputValidationServicesDocument,
    "mutation InputValidationCreateCapacityRule($input: CreateCapacityRuleInput!) { createCapacityRule(input: $input) { __typename ... on InvalidInput { problems } } }": typeof types.InputValidationCreateCapacityRuleDocument,
    "mutation InputValidationAddClosure($input: AddClosureInput!) { addClosure(input: $input) { __typename } }": typeof types.InputValidationAddClosureDocument,
    "query InputValidationServices2 { services { edges { node { id } } } }": typeof types.InputValidationServices2Document,
    "query InputValidationAuditLog { auditLog(first: 1) { edges { node { action details } } } }": typeof types.InputValidationAuditLogDocument,
    "mutation InputValidationCreateService { createService(input: { name: \"Gleichzeitig\" }) { ... on Service { id } } }": typeof types.InputValidationCreateServiceDocument,
    "mutation InputValidationSetOfficeService($input: SetOfficeServiceInput!) { setOfficeService(input: $input) { __typename ... on OfficeService { durationSlots } } }": typeof types.InputValidationSetOfficeServiceDocument,
    "query InputValidationServices3($after: String) { services(first: 2, after: $after, search: \"eingabe\") { edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }": typeof types.InputValidationServices3Document,
    "query InputValidationOffices($ids: [ID!]) { offices(serviceIds: $ids) { edges { node { name services { durationSlots service { id } } } } } }": typeof types.InputValidationOfficesDocument,
    "mutation InputValidationCreateCounter($input: CreateCounterInput!) { createCounter(input: $input) { __typename ... on Counter { id name room } ... on ErrorResult { code } } }": typeof types.InputValidationCreateCounterDocument,
    "mutation InputValidationCreateOfficeGroup($input: OfficeGroupInput!) { createOfficeGroup(input: $input) { __typename ... on OfficeGroup { id name offices { id } } ... on ErrorResult { code } } }": typeof types.InputValidationCreateOfficeGroupDocument,
    "query ObservabilityServices { services { edges { node { id } } } }": typeof types.ObservabilityServicesDocument,
    "subscription ObservabilityAvailabilityChanged($officeId: ID!) { availabilityChanged(officeId: $officeId) { version } }": typeof types.ObservabilityAvailabilityChangedDocument,
    "mutation ObservabilityReserveSlot($input: ReserveSlotInput!) { reserveSlot(input: $input) { __typename } }": typeof types.ObservabilityReserveSlotDocument,
    "mutation PermissionsCreateStaffAccount($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename ... on StaffAccount { id } } }": typeof types.PermissionsCreateStaffAccountDocument,
    "mutation PermissionsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on CreatedApiKey { key apiKey { id } } } }": typeof types.PermissionsCreateApiKeyDocument,
    "mutation PermissionsCreateDevice($input: CreateDeviceInput!) { createDevice(input: $input) { ... on CreatedDevice { key device { id } } } }": typeof types.PermissionsCreateDeviceDocument,
    "mutation PermissionsCreateService($input: CreateServiceInput!) { createService(input: $input) { ... on Service { id } } }": typeof types.PermissionsCreateServiceDocument,
    "mutation PermissionsCreateCounter($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }": typeof types.PermissionsCreateCounterDocument,
    "mutation PermissionsCreateOfficeGroup($input: OfficeGroupInput!) { createOfficeGroup(input: $input) { ... on OfficeGroup { id } } }": typeof types.PermissionsCreateOfficeGroupDocument,
    "mutation PermissionsCreateCapacityRule($input: CreateCapacityRuleInput!) { createCapacityRule(input: $input) { __typename ... on CapacityChange { rule { id } } } }": typeof types.PermissionsCreateCapacityRuleDocument,
    "mutation PermissionsIssueTicket($input: IssueTicketInput!) {\n  issueTicket(input: $input) { __typename ... on Ticket { secret statusUrl entry { id displayNumber status } } ... on ErrorResult { code message } }\n}": typeof types.PermissionsIssueTicketDocument,
    "mutation PermissionsSignInAtCounter($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename ... on ErrorResult { code message } } }": typeof types.PermissionsSignInAtCounterDocument,
    "query PermissionsApiKeys { apiKeys { id name level } }": typeof types.PermissionsApiKeysDocument,
    "query PermissionsAuditLog { auditLog(first: 5) { edges { node { action at actorKind } } } }": typeof types.PermissionsAuditLogDocument,
    "query PermissionsAuditLog2($officeId: ID) { auditLog(first: 5, officeId: $officeId) { edges { node { action at actorKind } } } }": typeof types.PermissionsAuditLog2Document,
    "query PermissionsCapacityPreview($input: CapacityPreviewInput!) { capacityPreview(input: $input) { __typename ... on CapacityPreview { weekStart slots { start } } ... on ErrorResult { code message } } }": typeof types.PermissionsCapacityPreviewDocument,
    "query PermissionsOffice($id: ID!) { office(id: $id) { id name } }": typeof types.PermissionsOfficeDocument,
    "query PermissionsOfficeGroups { officeGroups { id name offices { id } } }": typeof types.PermissionsOfficeGroupsDocument,
    "query PermissionsOffices { offices(first: 5) { edges { node { id name } } } }": typeof types.PermissionsOfficesDocument,
    "query PermissionsServices { services(first: 5) { edges { node { id name } } } }": typeof types.PermissionsServicesDocument,
    "query PermissionsStaffAccounts { staffAccounts(first: 5) { edges { node { id username } } } }": typeof types.PermissionsStaffAccountsDocument,
    "query PermissionsStaffAccounts2($officeId: ID) { staffAccounts(first: 5, officeId: $officeId) { edges { node { id username } } } }": typeof types.PermissionsStaffAccounts2Document,
    "query PermissionsStatistics($input: StatisticsInput!) { statistics(input: $input) { appointments walkIns waitingByHour { hour } } }": typeof types.PermissionsStatisticsDocument,
    "query PermissionsViewer { viewer { kind name account { username } } }": typeof types.PermissionsViewerDocument,
    "mutation PermissionsReleaseReservation($input: ReleaseReservationInput!) { releaseReservation(input: $input) { __typename ... on ErrorResult { code message } } }": typeof types.PermissionsReleaseReservationDocument,
    "query PermissionsAppointmentByLink($input: LinkTokenInput!) { appointmentByLink(input: $input) { id } }": typeof types.PermissionsAppointmentByLinkDocument,
    "query PermissionsWaitlistEntry($input: LinkTokenInput!) { waitlistEntry(input: $input) { id } }": typeof types.PermissionsWaitlistEntryDocument,
    "query PermissionsWaitlistOffer($input: LinkTokenInput!) { waitlistOffer(input: $input) { id } }": typeof types.PermissionsWaitlistOfferDocument,
    "mutation PermissionsLogout { logout }": typeof types.PermissionsLogoutDocument,
    "query PermissionsSearchSynonyms { searchSynonyms(first: 5) { edges { node { id term } } } }": typeof types.PermissionsSearchSynonymsDocument,
    "mutation PermissionsAddSearchSynonym($input: AddSearchSynonymInput!) { addSearchSynonym(input: $input) { ... on SearchSynonym { id } } }": typeof types.PermissionsAddSearchSynonymDocument,
    "mutation PermissionsSetOfficeService($input: SetOfficeServiceInput!) { setOfficeService(input: $input) { __typename } }": typeof types.PermissionsSetOfficeServiceDocument,
    "subscription PermissionsAvailabilityChanged($officeId: ID!) { availabilityChanged(officeId: $officeId) { version reason } }": typeof types.PermissionsAvailabilityChangedDocument,
    "mutation PermissionsAddClosure($input: AddClosureInput!) { addClosure(input: $input) { ... on CapacityChange { closure { id } } } }": typeof types.PermissionsAddClosureDocument,
    "mutation PermissionsAddClosure2($input: AddClosureInput!) { addClosure(input: $input) { ... on CapacityChange { closure { id } } } }": typeof types.PermissionsAddClosure2Document,
    "query PermissionsQueue($officeId: ID!) { queue(officeId: $officeId) { version entries { id displayNumber status position estimatedWaitMinutes counterName allowedActions } } }": typeof types.PermissionsQueueDocument,
    "query PermissionsCounterSessions($officeId: ID!) { counterSessions(officeId: $officeId) { counterId counterName staffName signedInAt } }": typeof types.PermissionsCounterSessionsDocument,
    "subscription PermissionsQueueChanged($officeId: ID!) { queueChanged(officeId: $officeId) { officeId version } }": typeof types.PermissionsQueueChangedDocument,
    "query PermissionsProofOfWorkChallenge { proofOfWorkChallenge { algorithm challenge maxnumber salt signature required } }": typeof types.PermissionsProofOfWorkChallengeDocument,
    "query PermissionsWaitingInfo($officeId: ID!) { waitingInfo(officeId: $officeId) { version waitingCount estimatedWaitMinutes countersServing } }": typeof types.PermissionsWaitingInfoDocument,
    "query PermissionsRecentCalls($officeId: ID, $groupId: ID) { recentCalls(officeId: $officeId, groupId: $groupId) { versions { officeId version } calls { id displayNumber counterName room calledAt callCount office { id } } } }": typeof types.PermissionsRecentCallsDocument,
    "query PermissionsRecentCalls2($officeId: ID, $groupId: ID) { recentCalls(officeId: $officeId, groupId: $groupId) { versions { officeId version } calls { id displayNumber } } }": typeof types.PermissionsRecentCalls2Document,
    "subscription PermissionsCallIssued($officeId: ID, $groupId: ID) { callIssued(officeId: $officeId, groupId: $groupId) { id displayNumber counterName room callCount version office { id } } }": typeof types.PermissionsCallIssuedDocument,
    "subscription PermissionsCallIssued2($officeId: ID, $groupId: ID) { callIssued(officeId: $officeId, groupId: $groupId) { id displayNumber } }": typeof types.PermissionsCallIssued2Document,
    "query PermissionsWaitingRoom($officeId: ID, $groupId: ID) { waitingRoom(officeId: $officeId, groupId: $groupId) { groupId name offices { version displayMessage waitingCount estimatedWaitMinutes countersServing open ticketsLeft office { id } } } }": typeof types.PermissionsWaitingRoomDocument,
    "subscription PermissionsWaitingRoomChanged($officeId: ID, $groupId: ID) { waitingRoomChanged(officeId: $officeId, groupId: $groupId) { version waitingCount office { id } } }": typeof types.PermissionsWaitingRoomChangedDocument,
    "query PermissionsQueueStatus($input: QueueAccessInput!) { queueStatus(input: $input) { version displayNumber status position estimatedWaitMinutes counterName room } }": typeof types.PermissionsQueueStatusDocument,
    "subscription PermissionsMyQueueStatus($input: QueueAccessInput!) { myQueueStatus(input: $input) { version displayNumber status position } }": typeof types.PermissionsMyQueueStatusDocument,
    "mutation PermissionsSignOutOfCounter { signOutOfCounter }": typeof types.PermissionsSignOutOfCounterDocument,
    "mutation PermissionsCallNext { callNext { __typename ... on ErrorResult { code message } } }": typeof types.PermissionsCallNextDocument,
    "mutation PermissionsSetOpeningHours($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename } }": typeof types.PermissionsSetOpeningHoursDocument,
    "mutation PermissionsUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename } }": typeof types.PermissionsUpdateOfficeSettingsDocument,
    "query PermissionsOffice2($id: ID!) { office(id: $id) { capacityRules { id } } }": typeof types.PermissionsOffice2Document,
    "mutation PermissionsRevokeApiKey($input: RevokeInput!) { revokeApiKey(input: $input) { __typename } }": typeof types.PermissionsRevokeApiKeyDocument,
    "query PermissionsViewer2 { viewer { kind } }": typeof types.PermissionsViewer2Document,
    "mutation PermissionsLogout2 { logout }": typeof types.PermissionsLogout2Document,
    "query PermissionsViewer3 { viewer { kind } }": typeof types.PermissionsViewer3Document,
    "query PermissionsQueue2($officeId: ID!) { queue(officeId: $officeId) { entries { id } } }": typeof types.PermissionsQueue2Document,
    "query PermissionsQueue3($officeId: ID!) { queue(officeId: $officeId) { entries { id status calledCount } } }": typeof types.PermissionsQueue3Document,
    "query PermissionsQueue4($officeId: ID!) { queue(officeId: $officeId) { entries { status allowedActions } } }": typeof types.PermissionsQueue4Document,
    "mutation SdkExampleCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename ... on CreatedApiKey { key } } }": typeof types.SdkExampleCreateApiKeyDocument,
    "mutation SdkExampleSetOfficeService($input: SetOfficeServiceInput!) { setOfficeService(input: $input) { __typename } }": typeof types.SdkExampleSetOfficeServiceDocument,
    "mutation ReserveSlot($input: ReserveSlotInput!) {\n  reserveSlot(input: $input) {\n    __typename\n    ... on Reservation { id token expiresAt start end services { durationSlots service { id } } office { id } }\n    ... on ErrorResult { code message }\n  }\n}": typeof types.ReserveSlotDocument,
    "mutation ConfirmAppointment($input: ConfirmAppointmentInput!) {\n  confirmAppointment(input: $input) {\n    __typename\n    ... on ConfirmedAppointment { secret manageUrl ics appointment { id number status channel start end contactEmail } }\n    ... on ErrorResult { code message }\n    ... on InvalidInput { problems }\n  }\n}": typeof types.ConfirmAppointmentDocument,
    "mutation CancelAppointment($input: CancelAppointmentInput!) {\n  cancelAppointment(input: $input) { __typename ... on Appointment { status } ... on ErrorResult { code message } }\n}": typeof types.CancelAppointmentDocument,
    "mutation RescheduleAppointment($input: RescheduleAppointmentInput!) {\n  rescheduleAppointment(input: $input) { __typename ... on Appointment { status start end office { id } } ... on ErrorResult { code message } }\n}": typeof types.RescheduleAppointmentDocument,
    "query Appointment($input: AppointmentAccessInput!) {\n  appointment(input: $input) { number status start end channel office { id name } services { durationSlots service { id name } } }\n}": typeof types.AppointmentDocument,
    "query AvailableDays($input: AvailableDaysInput!) {\n  availableDays(input: $input) { date offices { id } }\n}": typeof types.AvailableDaysDocument,
    "query AvailableSlots($input: AvailableSlotsInput!) {\n  availableSlots(input: $input) { version startTimes office { id } }\n}": typeof types.AvailableSlotsDocument,
    "mutation AddClosure($input: AddClosureInput!) {\n  addClosure(input: $input) { __typename ... on CapacityChange { closure { id date } affectedAppointments { number start } } ... on ErrorResult { code message } }\n}": typeof types.AddClosureDocument,
    "mutation UpdateCapacityRule($input: UpdateCapacityRuleInput!) {\n  updateCapacityRule(input: $input) { __typename ... on CapacityChange { affectedAppointments { number } } ... on ErrorResult { code message } ... on InvalidInput { problems } }\n}": typeof types.UpdateCapacityRuleDocument,
};
const documents: Documents = {
    "query AccountsCliViewer { viewer { kind name } }": types.AccountsCliViewerDocument,
    "mutation AccountsCreateStaffAccount($input: CreateStaffAccountInput!) {\n  createStaffAccount(input: $input) { __typename ... on StaffAccount { id username memberships { role office { id } } } ... on InvalidInput { problems } ... on ErrorResult { code } }\n}": types.AccountsCreateStaffAccountDocument,
    "mutation AccountsUpdateStaffAccount($input: UpdateStaffAccountInput!) { updateStaffAccount(input: $input) { __typename ... on StaffAccount { id disabled } } }": types.AccountsUpdateStaffAccountDocument,
    "mutation AccountsLogin($input: LoginInput!) { login(input: $input) { __typename ... on Session { token expiresAt account { username } } ... on AccountLocked { lockedUntil } } }": types.AccountsLoginDocument,
    "query AccountsViewer { viewer { kind name account { username isAdmin memberships { role office { id } } } } }": types.AccountsViewerDocument,
    "mutation AccountsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename ... on CreatedApiKey { key apiKey { id keyPrefix level } } } }": types.AccountsCreateApiKeyDocument,
    "mutation AccountsCreateDevice($input: CreateDeviceInput!) { createDevice(input: $input) { __typename ... on CreatedDevice { key device { id kind } } ... on ErrorResult { code } } }": types.AccountsCreateDeviceDocument,
    "query AccountsAuditLog($officeId: ID) { auditLog(officeId: $officeId, first: 100) { edges { node { id at actorKind actorName action details } } } }": types.AccountsAuditLogDocument,
    "mutation AccountsLogout { logout }": types.AccountsLogoutDocument,
    "mutation AccountsRevokeApiKey($input: RevokeInput!) { revokeApiKey(input: $input) { __typename } }": types.AccountsRevokeApiKeyDocument,
    "mutation SetupCompleteSetup($input: CompleteSetupInput!) {\n  completeSetup(input: $input) { __typename ... on StaffAccount { username displayName isAdmin } ... on ErrorResult { code message } ... on InvalidInput { problems } }\n}": types.SetupCompleteSetupDocument,
    "mutation BookingReleaseReservation($input: ReleaseReservationInput!) { releaseReservation(input: $input) { __typename ... on ErrorResult { code } } }": types.BookingReleaseReservationDocument,
    "query CapacityPreviewCapacityPreview($input: CapacityPreviewInput!) { capacityPreview(input: $input) { __typename\n  ... on CapacityPreview { weekStart office { id } slots { start end date publicCapacity internCapacity taken } affectedAppointments { number start } }\n  ... on InvalidInput { problems } ... on ErrorResult { code message } } }": types.CapacityPreviewCapacityPreviewDocument,
    "query CapacityPreviewOffice($id: ID!) { office(id: $id) { version } }": types.CapacityPreviewOfficeDocument,
    "query CapacityPreviewOffice2($id: ID!) { office(id: $id) { version capacityRules { endTime weekdays } } }": types.CapacityPreviewOffice2Document,
    "mutation CapacityPreviewCreateStaffAccount($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }": types.CapacityPreviewCreateStaffAccountDocument,
    "mutation ClosuresAddClosure($input: AddClosureInput!) { addClosure(input: $input) { __typename\n  ... on CapacityChange { closure { id date until reason } affectedAppointments { id number date status } }\n  ... on InvalidInput { problems fieldProblems { field message } } ... on ErrorResult { code } } }": types.ClosuresAddClosureDocument,
    "query ClosuresOffice($id: ID!) { office(id: $id) { closures { id date until reason openAppointments { id number } keptAppointments { id number } } } }": types.ClosuresOfficeDocument,
    "mutation ClosuresCancelOfficeAppointments($input: CancelOfficeAppointmentsInput!) { cancelOfficeAppointments(input: $input) { __typename\n  ... on CancelledAppointments { appointments { number status } } ... on ErrorResult { code message } } }": types.ClosuresCancelOfficeAppointmentsDocument,
    "mutation ClosuresKeepClosureAppointments($input: KeepClosureAppointmentsInput!) { keepClosureAppointments(input: $input) { __typename\n  ... on Closure { id openAppointments { number } keptAppointments { number } } ... on InvalidInput { fieldProblems { field message } } ... on ErrorResult { code } } }": types.ClosuresKeepClosureAppointmentsDocument,
    "mutation ClosuresUpdateCapacityRule($input: UpdateCapacityRuleInput!) { updateCapacityRule(input: $input) { __typename ... on CapacityChange { affectedAppointments { number } } } }": types.ClosuresUpdateCapacityRuleDocument,
    "query ClosuresCapacityPreview($input: CapacityPreviewInput!) { capacityPreview(input: $input) { ... on CapacityPreview { affectedAppointments { number } } } }": types.ClosuresCapacityPreviewDocument,
    "mutation ClosuresRemoveClosure($input: RemoveClosureInput!) { removeClosure(input: $input) { __typename } }": types.ClosuresRemoveClosureDocument,
    "mutation ClosuresCreateStaffAccount($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }": types.ClosuresCreateStaffAccountDocument,
    "mutation OfficeSettingsUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename\n  ... on Office { settings { reservationMinutes displayMessage noShowLimit contactRetentionDays ticketFirstNumber ticketLastNumber } }\n  ... on InvalidInput { problems fieldProblems { field message min max } } ... on ErrorResult { code } } }": types.OfficeSettingsUpdateOfficeSettingsDocument,
    "mutation OfficeSettingsSetOpeningHours($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename\n  ... on Office { openingHours { weekdays open close } } ... on InvalidInput { fieldProblems { field message min max } } } }": types.OfficeSettingsSetOpeningHoursDocument,
    "mutation OfficeSettingsCreateCapacityRule($input: CreateCapacityRuleInput!) { createCapacityRule(input: $input) { __typename ... on InvalidInput { fieldProblems { field message min max } } } }": types.OfficeSettingsCreateCapacityRuleDocument,
    "query OfficeSettingsOffice($id: ID!) { office(id: $id) { settings { reservationMinutes displayMessage noShowLimit contactRetentionDays ticketFirstNumber ticketLastNumber } } }": types.OfficeSettingsOfficeDocument,
    "query ServiceSearchServices($search: String, $language: MessageLanguage, $first: Int!, $after: String) {\n  services(search: $search, language: $language, first: $first, after: $after) {\n    edges { node { id name(language: $language) } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": types.ServiceSearchServicesDocument,
    "mutation ServiceSearchCreateService($input: CreateServiceInput!) { createService(input: $input) { ... on Service { id } } }": types.ServiceSearchCreateServiceDocument,
    "mutation ServiceSearchSetServiceText($input: SetServiceTextInput!) { setServiceText(input: $input) { __typename ... on Service { id } ... on ErrorResult { message } } }": types.ServiceSearchSetServiceTextDocument,
    "query ServiceSearchServices2($language: MessageLanguage) { services(first: 50) { edges { node { id name(language: $language) whatToBring(language: $language) } } } }": types.ServiceSearchServices2Document,
    "mutation ServiceSearchAddSearchSynonym($input: AddSearchSynonymInput!) { addSearchSynonym(input: $input) { __typename ... on SearchSynonym { id term means } ... on InvalidInput { problems } } }": types.ServiceSearchAddSearchSynonymDocument,
    "mutation ServiceSearchRemoveSearchSynonym($input: RemoveSearchSynonymInput!) { removeSearchSynonym(input: $input) { __typename } }": types.ServiceSearchRemoveSearchSynonymDocument,
    "query ServiceSearchSearchSynonyms { searchSynonyms(first: 200) { edges { node { term means } } } }": types.ServiceSearchSearchSynonymsDocument,
    "query ServiceSearchSearchSynonyms2 { searchSynonyms(first: 1) { edges { node { term } } } }": types.ServiceSearchSearchSynonyms2Document,
    "mutation ServiceSearchCreateOffice { createOffice(input: { name: \"Bürgeramt Test\", address: { street: \"Weg\", houseNumber: \"1\", postalCode: \"10115\" } }) { ... on Office { id } } }": types.ServiceSearchCreateOfficeDocument,
    "mutation ServiceSearchSetOfficeService($input: SetOfficeServiceInput!) { setOfficeService(input: $input) { __typename } }": types.ServiceSearchSetOfficeServiceDocument,
    "query ServiceSearchServices3 { services(first: 50) { edges { node { id bookableOnline } } } }": types.ServiceSearchServices3Document,
    "query ServiceSearchOffices($serviceIds: [ID!], $bookableOnline: Boolean) { offices(serviceIds: $serviceIds, bookableOnline: $bookableOnline, first: 10) { edges { node { id } } } }": types.ServiceSearchOfficesDocument,
    "query NotificationsAppointmentByLink($input: LinkTokenInput!) { appointmentByLink(input: $input) { number status start } }": types.NotificationsAppointmentByLinkDocument,
    "mutation NotificationsCancelAppointmentByLink($input: LinkTokenInput!) { cancelAppointmentByLink(input: $input) { __typename ... on Appointment { number status } ... on ErrorResult { code } } }": types.NotificationsCancelAppointmentByLinkDocument,
    "mutation NotificationsConfirmAppointmentByLink($input: LinkTokenInput!) { confirmAppointmentByLink(input: $input) { __typename ... on Appointment { number status } ... on ErrorResult { code } } }": types.NotificationsConfirmAppointmentByLinkDocument,
    "mutation NotificationsCreateService { createService(input: { name: \"Personalausweis beantragen\" }) { ... on Service { id } } }": types.NotificationsCreateServiceDocument,
    "mutation NotificationsSetServiceText($input: SetServiceTextInput!) { setServiceText(input: $input) { __typename } }": types.NotificationsSetServiceTextDocument,
    "mutation NotificationsSetOfficeService($input: SetOfficeServiceInput!) { setOfficeService(input: $input) { __typename } }": types.NotificationsSetOfficeServiceDocument,
    "mutation NotificationsCancelOfficeAppointments($input: CancelOfficeAppointmentsInput!) { cancelOfficeAppointments(input: $input) { __typename ... on CancelledAppointments { appointments { number status } } ... on ErrorResult { code } } }": types.NotificationsCancelOfficeAppointmentsDocument,
    "query NotificationsAppointment($input: AppointmentAccessInput!) { appointment(input: $input) { status confirmBy } }": types.NotificationsAppointmentDocument,
    "mutation NotificationsUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename } }": types.NotificationsUpdateOfficeSettingsDocument,
    "subscription NotificationsAvailabilityChanged($officeId: ID!) { availabilityChanged(officeId: $officeId) { reason dates } }": types.NotificationsAvailabilityChangedDocument,
    "mutation NotificationsSetOpeningHours($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename } }": types.NotificationsSetOpeningHoursDocument,
    "mutation NotificationsCheckIn($input: CheckInInput!) { checkIn(input: $input) { __typename ... on QueueEntry { id } } }": types.NotificationsCheckInDocument,
    "mutation NotificationsCreateCounter($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }": types.NotificationsCreateCounterDocument,
    "mutation NotificationsSignInAtCounter($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename } }": types.NotificationsSignInAtCounterDocument,
    "query NotificationsQueue($officeId: ID!) { queue(officeId: $officeId) { entries { id position } } }": types.NotificationsQueueDocument,
    "mutation NotificationsCallNext { callNext { __typename } }": types.NotificationsCallNextDocument,
    "mutation NotificationsCallNext2 { callNext { __typename } }": types.NotificationsCallNext2Document,
    "mutation RetentionUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename ... on Office { settings { contactRetentionDays noShowLimit } } } }": types.RetentionUpdateOfficeSettingsDocument,
    "mutation RetentionJoinWaitlist($input: JoinWaitlistInput!) { joinWaitlist(input: $input) { __typename } }": types.RetentionJoinWaitlistDocument,
    "query CounterWorkQueue($officeId: ID!) { queue(officeId: $officeId) { version computedAt nextChangeAt entries { id displayNumber status position estimatedWaitMinutes skippedUntil counterName citizenName services { id name } } myCounter { callingOrder session { counterName staffName serviceIds } } } }": types.CounterWorkQueueDocument,
    "mutation CounterWorkIssueTicket($input: IssueTicketInput!) { issueTicket(input: $input) { __typename ... on Ticket { entry { id displayNumber } } } }": types.CounterWorkIssueTicketDocument,
    "mutation CounterWorkCheckIn($input: CheckInInput!) { checkIn(input: $input) { __typename ... on QueueEntry { id displayNumber } ... on ErrorResult { code } } }": types.CounterWorkCheckInDocument,
    "mutation CounterWorkSignInAtCounter($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename ... on CounterSession { counterName staffName } ... on CounterOccupied { code staffName since canTakeOver } ... on ErrorResult { code } } }": types.CounterWorkSignInAtCounterDocument,
    "mutation CounterWorkCallNext { callNext { __typename ... on QueueEntry { id displayNumber } ... on ErrorResult { code } } }": types.CounterWorkCallNextDocument,
    "mutation CounterWorkStepMarkMissed($input: EntryInput!) { markMissed(input: $input) { __typename ... on QueueEntry { id status } ... on ErrorResult { code } } }": types.CounterWorkStepMarkMissedDocument,
    "mutation CounterWorkStepRequeueEntry($input: EntryInput!) { requeueEntry(input: $input) { __typename ... on QueueEntry { id status } ... on ErrorResult { code } } }": types.CounterWorkStepRequeueEntryDocument,
    "mutation CounterWorkStepStartService($input: EntryInput!) { startService(input: $input) { __typename ... on QueueEntry { id status } ... on ErrorResult { code } } }": types.CounterWorkStepStartServiceDocument,
    "mutation CounterWorkSetEntryPriority($input: SetEntryPriorityInput!) { setEntryPriority(input: $input) { __typename } }": types.CounterWorkSetEntryPriorityDocument,
    "mutation CounterWorkSetOpeningHours($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename } }": types.CounterWorkSetOpeningHoursDocument,
    "mutation CounterWorkCreateCounter($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }": types.CounterWorkCreateCounterDocument,
    "mutation CounterWorkCreateStaffAccount($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }": types.CounterWorkCreateStaffAccountDocument,
    "query CounterWorkWaitingInfo($officeId: ID!) { waitingInfo(officeId: $officeId) { estimatedWaitMinutes } }": types.CounterWorkWaitingInfoDocument,
    "mutation CounterWorkCreateDevice($input: CreateDeviceInput!) { createDevice(input: $input) { ... on CreatedDevice { key } } }": types.CounterWorkCreateDeviceDocument,
    "mutation CounterWorkCheckIn2($input: CheckInInput!) { checkIn(input: $input) { __typename ... on QueueEntry { displayNumber citizenName } } }": types.CounterWorkCheckIn2Document,
    "query CounterWorkCounterSessions($officeId: ID!) { counterSessions(officeId: $officeId) { counterName staffName } }": types.CounterWorkCounterSessionsDocument,
    "subscription QueueEventsCallIssued($officeId: ID) { callIssued(officeId: $officeId) { displayNumber counterName version office { id } } }": types.QueueEventsCallIssuedDocument,
    "mutation QueueEventsCreateCounter($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }": types.QueueEventsCreateCounterDocument,
    "mutation QueueEventsSignInAtCounter($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename } }": types.QueueEventsSignInAtCounterDocument,
    "mutation QueueEventsIssueTicket($input: IssueTicketInput!) { issueTicket(input: $input) { __typename } }": types.QueueEventsIssueTicketDocument,
    "mutation QueueEventsCallNext { callNext { __typename ... on QueueEntry { displayNumber } } }": types.QueueEventsCallNextDocument,
    "mutation QueueIssueTicket($input: IssueTicketInput!) { issueTicket(input: $input) { __typename ... on Ticket { secret statusUrl entry { id displayNumber position estimatedWaitMinutes } } ... on ErrorResult { code message } } }": types.QueueIssueTicketDocument,
    "mutation QueueCheckIn($input: CheckInInput!) { checkIn(input: $input) { __typename ... on QueueEntry { id displayNumber status } ... on ErrorResult { code message } } }": types.QueueCheckInDocument,
    "query QueueQueue($officeId: ID!) { queue(officeId: $officeId) { version entries { id displayNumber status withAppointment position estimatedWaitMinutes counterName } } }": types.QueueQueueDocument,
    "mutation QueueSignInAtCounter($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename ... on CounterSession { counterName } } }": types.QueueSignInAtCounterDocument,
    "mutation QueueCallNext { callNext { __typename ... on QueueEntry { id displayNumber status counterName } ... on ErrorResult { code } } }": types.QueueCallNextDocument,
    "mutation QueueStepRecallEntry($input: EntryInput!) { recallEntry(input: $input) { __typename ... on QueueEntry { id status calledCount } ... on ErrorResult { code } } }": types.QueueStepRecallEntryDocument,
    "mutation QueueStepRequeueEntry($input: EntryInput!) { requeueEntry(input: $input) { __typename ... on QueueEntry { id status calledCount } ... on ErrorResult { code } } }": types.QueueStepRequeueEntryDocument,
    "mutation QueueStepStartService($input: EntryInput!) { startService(input: $input) { __typename ... on QueueEntry { id status calledCount } ... on ErrorResult { code } } }": types.QueueStepStartServiceDocument,
    "mutation QueueCreateCounter($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id name } } }": types.QueueCreateCounterDocument,
    "mutation QueueCreateDevice($input: CreateDeviceInput!) { createDevice(input: $input) { ... on CreatedDevice { key } } }": types.QueueCreateDeviceDocument,
    "mutation QueueCreateStaffAccount($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }": types.QueueCreateStaffAccountDocument,
    "mutation QueueSetOpeningHours($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename } }": types.QueueSetOpeningHoursDocument,
    "subscription QueueCallIssued($officeId: ID) { callIssued(officeId: $officeId) { displayNumber counterName room version } }": types.QueueCallIssuedDocument,
    "subscription QueueMyQueueStatus($input: QueueAccessInput!) { myQueueStatus(input: $input) { status position counterName version } }": types.QueueMyQueueStatusDocument,
    "mutation QueueFinishService($input: FinishServiceInput!) { finishService(input: $input) { __typename } }": types.QueueFinishServiceDocument,
    "subscription QueueMyQueueStatus2($input: QueueAccessInput!) { myQueueStatus(input: $input) { displayNumber status position } }": types.QueueMyQueueStatus2Document,
    "mutation QueueUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename } }": types.QueueUpdateOfficeSettingsDocument,
    "mutation QueueRedirectEntry($input: RedirectEntryInput!) { redirectEntry(input: $input) { __typename ... on QueueEntry { id displayNumber status } } }": types.QueueRedirectEntryDocument,
    "query QueueQueueStatus($input: QueueAccessInput!) { queueStatus(input: $input) { status position } }": types.QueueQueueStatusDocument,
    "mutation QueueCallEntry($input: EntryInput!) { callEntry(input: $input) { __typename } }": types.QueueCallEntryDocument,
    "mutation QueueFinishService2($input: FinishServiceInput!) { finishService(input: $input) { __typename } }": types.QueueFinishService2Document,
    "query QueueWaitingInfo($officeId: ID!) { waitingInfo(officeId: $officeId) { version waitingCount estimatedWaitMinutes countersServing } }": types.QueueWaitingInfoDocument,
    "query QueueRecentCalls($officeId: ID) { recentCalls(officeId: $officeId) { versions { officeId version } calls { id displayNumber counterName callCount } } }": types.QueueRecentCallsDocument,
    "subscription QueueQueueChanged { queueChanged(officeId: \"999999\") { version } }": types.QueueQueueChangedDocument,
    "subscription QueueMyQueueStatus3 { myQueueStatus(input: { number: \"1\", secret: \"wrong\" }) { status } }": types.QueueMyQueueStatus3Document,
    "subscription QueueQueueChanged2($officeId: ID!) { queueChanged(officeId: $officeId) { version } }": types.QueueQueueChanged2Document,
    "mutation QueueUpdateOfficeSettings2($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename } }": types.QueueUpdateOfficeSettings2Document,
    "mutation QueueIssueTicket2($input: IssueTicketInput!) { issueTicket(input: $input) { ... on Ticket { entry { id allowedActions } } } }": types.QueueIssueTicket2Document,
    "query WaitingRoomWaitingRoom($officeId: ID, $groupId: ID) { waitingRoom(officeId: $officeId, groupId: $groupId) {\n  groupId name offices { version displayMessage waitingCount estimatedWaitMinutes countersServing open ticketsLeft office { id name } } } }": types.WaitingRoomWaitingRoomDocument,
    "subscription WaitingRoomWaitingRoomChanged($officeId: ID, $groupId: ID) { waitingRoomChanged(officeId: $officeId, groupId: $groupId) {\n  version displayMessage waitingCount open ticketsLeft office { id } } }": types.WaitingRoomWaitingRoomChangedDocument,
    "mutation WaitingRoomIssueTicket($input: IssueTicketInput!) { issueTicket(input: $input) { __typename ... on ErrorResult { code } } }": types.WaitingRoomIssueTicketDocument,
    "mutation WaitingRoomUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename ... on Office { settings { displayMessage } } } }": types.WaitingRoomUpdateOfficeSettingsDocument,
    "mutation WaitingRoomCreateDevice($input: CreateDeviceInput!) { createDevice(input: $input) { ... on CreatedDevice { key } } }": types.WaitingRoomCreateDeviceDocument,
    "query WaitingRoomWaitingRoom2($officeId: ID) { waitingRoom(officeId: $officeId) { offices { open opensAt } } }": types.WaitingRoomWaitingRoom2Document,
    "mutation WaitingRoomSetOpeningHours($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename } }": types.WaitingRoomSetOpeningHoursDocument,
    "mutation WaitingRoomAddClosure($input: AddClosureInput!) { addClosure(input: $input) { __typename ... on CapacityChange { closure { id } } } }": types.WaitingRoomAddClosureDocument,
    "mutation WaitingRoomRemoveClosure($input: RemoveClosureInput!) { removeClosure(input: $input) { __typename } }": types.WaitingRoomRemoveClosureDocument,
    "mutation WaitingRoomStepMarkMissed($input: EntryInput!) { markMissed(input: $input) { __typename ... on QueueEntry { id status } } }": types.WaitingRoomStepMarkMissedDocument,
    "mutation WaitingRoomStepParkEntry($input: EntryInput!) { parkEntry(input: $input) { __typename ... on QueueEntry { id status } } }": types.WaitingRoomStepParkEntryDocument,
    "mutation WaitingRoomStepRequeueEntry($input: EntryInput!) { requeueEntry(input: $input) { __typename ... on QueueEntry { id status } } }": types.WaitingRoomStepRequeueEntryDocument,
    "mutation WaitingRoomCheckIn($input: CheckInInput!) { checkIn(input: $input) { __typename ... on QueueEntry { id } ... on CheckInRefused { code reason opensAt } ... on ErrorResult { code } } }": types.WaitingRoomCheckInDocument,
    "mutation WaitingRoomSetOpeningHours2($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename } }": types.WaitingRoomSetOpeningHours2Document,
    "mutation WaitingRoomCreateOfficeGroup($input: OfficeGroupInput!) { createOfficeGroup(input: $input) { ... on OfficeGroup { id } } }": types.WaitingRoomCreateOfficeGroupDocument,
    "subscription WaitingRoomWaitingRoomChanged2($officeId: ID) { waitingRoomChanged(officeId: $officeId) { version open opensAt } }": types.WaitingRoomWaitingRoomChanged2Document,
    "mutation WaitingRoomCreateCounter($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }": types.WaitingRoomCreateCounterDocument,
    "mutation WaitingRoomSignInAtCounter($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename } }": types.WaitingRoomSignInAtCounterDocument,
    "query WaitingRoomWaitingRoom3($officeId: ID) { waitingRoom(officeId: $officeId) { offices { withdrawnNumbers } } }": types.WaitingRoomWaitingRoom3Document,
    "mutation WaitingRoomCallNext { callNext { ... on QueueEntry { id displayNumber } } }": types.WaitingRoomCallNextDocument,
    "subscription WaitingRoomWaitingRoomChanged3($officeId: ID) { waitingRoomChanged(officeId: $officeId) { withdrawnNumbers } }": types.WaitingRoomWaitingRoomChanged3Document,
    "mutation WaitingRoomCallEntry($input: EntryInput!) { callEntry(input: $input) { __typename } }": types.WaitingRoomCallEntryDocument,
    "subscription AvailabilityEventsAvailabilityChanged($officeId: ID!) { availabilityChanged(officeId: $officeId) { version dates reason office { id } } }": types.AvailabilityEventsAvailabilityChangedDocument,
    "mutation AvailabilitySetOfficeService($input: SetOfficeServiceInput!) { setOfficeService(input: $input) { __typename } }": types.AvailabilitySetOfficeServiceDocument,
    "query AvailabilityAvailableDays($input: AvailableDaysInput!) { availableDays(input: $input) { date officeCount offices { id } } }": types.AvailabilityAvailableDaysDocument,
    "mutation AvailabilityCreateCapacityRule($input: CreateCapacityRuleInput!) { createCapacityRule(input: $input) { __typename ... on InvalidInput { problems } } }": types.AvailabilityCreateCapacityRuleDocument,
    "mutation HolidayRegionsUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename\n  ... on Office { settings { holidayRegion } } ... on InvalidInput { fieldProblems { field message } } } }": types.HolidayRegionsUpdateOfficeSettingsDocument,
    "query HolidayRegionsOffice($id: ID!) { office(id: $id) { settings { holidayRegion } } }": types.HolidayRegionsOfficeDocument,
    "query StatisticsStatistics($input: StatisticsInput!) { statistics(input: $input) {\n  from to offices { id } appointments cancelled noShows walkIns served missed\n  appointmentsByChannel { channel appointments }\n  waitingByHour { hour customers meanMinutes p90Minutes }\n  serviceTimes { service { id } customers meanMinutes }\n  utilisation { date offered booked } } }": types.StatisticsStatisticsDocument,
    "mutation StatisticsCreateStaffAccount($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }": types.StatisticsCreateStaffAccountDocument,
    "mutation StatisticsCreateOfficeGroup($input: OfficeGroupInput!) { createOfficeGroup(input: $input) { ... on OfficeGroup { id } } }": types.StatisticsCreateOfficeGroupDocument,
    "mutation StatisticsCreateOfficeGroup2($input: OfficeGroupInput!) { createOfficeGroup(input: $input) { ... on OfficeGroup { id } } }": types.StatisticsCreateOfficeGroup2Document,
    "mutation WaitlistJoinWaitlist($input: JoinWaitlistInput!) { joinWaitlist(input: $input) { __typename ... on WaitlistJoined { token entry { status appointmentNumber offices { id } services { id } } } ... on ErrorResult { code message } } }": types.WaitlistJoinWaitlistDocument,
    "query WaitlistWaitlistOffer($input: LinkTokenInput!) { waitlistOffer(input: $input) { status start holdExpiresAt appointmentNumber office { id } } }": types.WaitlistWaitlistOfferDocument,
    "mutation WaitlistTakeWaitlistOffer($input: LinkTokenInput!) { takeWaitlistOffer(input: $input) { __typename ... on WaitlistOfferTaken { secret manageUrl appointment { number status start } } ... on ErrorResult { code } } }": types.WaitlistTakeWaitlistOfferDocument,
    "mutation WaitlistLeaveWaitlist($input: LinkTokenInput!) { leaveWaitlist(input: $input) { __typename ... on WaitlistEntryView { status } ... on ErrorResult { code } } }": types.WaitlistLeaveWaitlistDocument,
    "mutation WaitlistSetServiceText($input: SetServiceTextInput!) { setServiceText(input: $input) { __typename } }": types.WaitlistSetServiceTextDocument,
    "subscription WaitlistAvailabilityChanged($officeId: ID!) { availabilityChanged(officeId: $officeId) { reason } }": types.WaitlistAvailabilityChangedDocument,
    "mutation WaitlistUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename } }": types.WaitlistUpdateOfficeSettingsDocument,
    "mutation LimitsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on CreatedApiKey { key } } }": types.LimitsCreateApiKeyDocument,
    "query LimitsServices { services { edges { node { id } } } }": types.LimitsServicesDocument,
    "query LimitsViewer { viewer { kind } }": types.LimitsViewerDocument,
    "query LimitsProofOfWorkChallenge { proofOfWorkChallenge { algorithm challenge maxnumber salt signature required } }": types.LimitsProofOfWorkChallengeDocument,
    "query LimitsDeepOffices { offices { edges { node { services { service { name } } } } } }": types.LimitsDeepOfficesDocument,
    "query LimitsCostlyServices { services(first: 200) { edges { node { id name description url } } } }": types.LimitsCostlyServicesDocument,
    "query LimitsTwentyServices { services(first: 20) { edges { node { id name } } } }": types.LimitsTwentyServicesDocument,
    "query LimitsQueueStatus($input: QueueAccessInput!) { queueStatus(input: $input) { status } }": types.LimitsQueueStatusDocument,
    "subscription ClusterAvailabilityChanged($officeId: ID!) { availabilityChanged(officeId: $officeId) { version reason } }": types.ClusterAvailabilityChangedDocument,
    "query EmbeddedDefaultOffices { offices(first: 100) { edges { node { id name } } } }": types.EmbeddedDefaultOfficesDocument,
    "query EmbeddedDefaultServices { services(search: \"Anmeldung einer Wohnung\") { edges { node { id } } } }": types.EmbeddedDefaultServicesDocument,
    "query EmbeddedDefaultAvailableDays($input: AvailableDaysInput!) { availableDays(input: $input) { date offices { id } } }": types.EmbeddedDefaultAvailableDaysDocument,
    "subscription DatabaseOutageCallIssued($officeId: ID) { callIssued(officeId: $officeId) { id displayNumber } }": types.DatabaseOutageCallIssuedDocument,
    "mutation DatabaseOutageCreateCounter($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }": types.DatabaseOutageCreateCounterDocument,
    "mutation DatabaseOutageSignInAtCounter($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename } }": types.DatabaseOutageSignInAtCounterDocument,
    "mutation DatabaseOutageIssueTicket($input: IssueTicketInput!) { issueTicket(input: $input) { __typename } }": types.DatabaseOutageIssueTicketDocument,
    "mutation DatabaseOutageCallNext { callNext { __typename ... on QueueEntry { displayNumber } } }": types.DatabaseOutageCallNextDocument,
    "mutation LimitsUnderConcurrencyLogin($input: LoginInput!) { login(input: $input) { __typename ... on AccountLocked { lockedUntil } } }": types.LimitsUnderConcurrencyLoginDocument,
    "mutation LimitsUnderConcurrencyCreateStaffAccount($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }": types.LimitsUnderConcurrencyCreateStaffAccountDocument,
    "mutation LimitsUnderConcurrencyIssueTicket($input: IssueTicketInput!) { issueTicket(input: $input) { ... on Ticket { secret entry { displayNumber } } } }": types.LimitsUnderConcurrencyIssueTicketDocument,
    "query LimitsUnderConcurrencyQueueStatus($input: QueueAccessInput!) { queueStatus(input: $input) { status } }": types.LimitsUnderConcurrencyQueueStatusDocument,
    "mutation ReconnectStormCreateOffice($input: CreateOfficeInput!) { createOffice(input: $input) { ... on Office { id } } }": types.ReconnectStormCreateOfficeDocument,
    "mutation ReconnectStormSetOpeningHours($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename } }": types.ReconnectStormSetOpeningHoursDocument,
    "mutation ReconnectStormCreateService($input: CreateServiceInput!) { createService(input: $input) { ... on Service { id } } }": types.ReconnectStormCreateServiceDocument,
    "mutation ReconnectStormSetOfficeService($input: SetOfficeServiceInput!) { setOfficeService(input: $input) { __typename } }": types.ReconnectStormSetOfficeServiceDocument,
    "mutation ReconnectStormCreateCounter($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }": types.ReconnectStormCreateCounterDocument,
    "mutation ReconnectStormSignInAtCounter($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename } }": types.ReconnectStormSignInAtCounterDocument,
    "mutation ReconnectStormIssueTicket($input: IssueTicketInput!) { issueTicket(input: $input) { __typename } }": types.ReconnectStormIssueTicketDocument,
    "mutation ReconnectStormCallNext { callNext { __typename } }": types.ReconnectStormCallNextDocument,
    "mutation RedisOutageEventsCreateCounter($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }": types.RedisOutageEventsCreateCounterDocument,
    "mutation RedisOutageEventsSignInAtCounter($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename } }": types.RedisOutageEventsSignInAtCounterDocument,
    "query RedisOutageEventsRecentCalls($officeId: ID) { recentCalls(officeId: $officeId) { calls { id displayNumber } } }": types.RedisOutageEventsRecentCallsDocument,
    "subscription RedisOutageEventsCallIssued($officeId: ID) { callIssued(officeId: $officeId) { id displayNumber } }": types.RedisOutageEventsCallIssuedDocument,
    "mutation RedisOutageEventsIssueTicket($input: IssueTicketInput!) { issueTicket(input: $input) { __typename } }": types.RedisOutageEventsIssueTicketDocument,
    "mutation RedisOutageEventsCallNext { callNext { __typename ... on QueueEntry { displayNumber } } }": types.RedisOutageEventsCallNextDocument,
    "query RedisOutageLimitsServices { services { edges { node { id } } } }": types.RedisOutageLimitsServicesDocument,
    "query RedisOutageLimitsViewer { viewer { kind } }": types.RedisOutageLimitsViewerDocument,
    "mutation RedisOutageLimitsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on CreatedApiKey { key } } }": types.RedisOutageLimitsCreateApiKeyDocument,
    "mutation SocketAbuseCreateOffice($input: CreateOfficeInput!) { createOffice(input: $input) { ... on Office { id } } }": types.SocketAbuseCreateOfficeDocument,
    "mutation SocketAbuseCreateDevice($input: CreateDeviceInput!) { createDevice(input: $input) { ... on CreatedDevice { key } } }": types.SocketAbuseCreateDeviceDocument,
    "query SocketAbuseServices { services { edges { node { id } } } }": types.SocketAbuseServicesDocument,
    "subscription SocketAbuseCallIssued($officeId: ID) { callIssued(officeId: $officeId) { displayNumber } }": types.SocketAbuseCallIssuedDocument,
    "mutation HostileInputCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on CreatedApiKey { key } } }": types.HostileInputCreateApiKeyDocument,
    "query InputValidationServices { services(after: \"garbage\") { edges { node { id } } } }": types.InputValidationServicesDocument,
    "mutation InputValidationCreateCapacityRule($input: CreateCapacityRuleInput!) { createCapacityRule(input: $input) { __typename ... on InvalidInput { problems } } }": types.InputValidationCreateCapacityRuleDocument,
    "mutation InputValidationAddClosure($input: AddClosureInput!) { addClosure(input: $input) { __typename } }": types.InputValidationAddClosureDocument,
    "query InputValidationServices2 { services { edges { node { id } } } }": types.InputValidationServices2Document,
    "query InputValidationAuditLog { auditLog(first: 1) { edges { node { action details } } } }": types.InputValidationAuditLogDocument,
    "mutation InputValidationCreateService { createService(input: { name: \"Gleichzeitig\" }) { ... on Service { id } } }": types.InputValidationCreateServiceDocument,
    "mutation InputValidationSetOfficeService($input: SetOfficeServiceInput!) { setOfficeService(input: $input) { __typename ... on OfficeService { durationSlots } } }": types.InputValidationSetOfficeServiceDocument,
    "query InputValidationServices3($after: String) { services(first: 2, after: $after, search: \"eingabe\") { edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }": types.InputValidationServices3Document,
    "query InputValidationOffices($ids: [ID!]) { offices(serviceIds: $ids) { edges { node { name services { durationSlots service { id } } } } } }": types.InputValidationOfficesDocument,
    "mutation InputValidationCreateCounter($input: CreateCounterInput!) { createCounter(input: $input) { __typename ... on Counter { id name room } ... on ErrorResult { code } } }": types.InputValidationCreateCounterDocument,
    "mutation InputValidationCreateOfficeGroup($input: OfficeGroupInput!) { createOfficeGroup(input: $input) { __typename ... on OfficeGroup { id name offices { id } } ... on ErrorResult { code } } }": types.InputValidationCreateOfficeGroupDocument,
    "query ObservabilityServices { services { edges { node { id } } } }": types.ObservabilityServicesDocument,
    "subscription ObservabilityAvailabilityChanged($officeId: ID!) { availabilityChanged(officeId: $officeId) { version } }": types.ObservabilityAvailabilityChangedDocument,
    "mutation ObservabilityReserveSlot($input: ReserveSlotInput!) { reserveSlot(input: $input) { __typename } }": types.ObservabilityReserveSlotDocument,
    "mutation PermissionsCreateStaffAccount($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename ... on StaffAccount { id } } }": types.PermissionsCreateStaffAccountDocument,
    "mutation PermissionsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on CreatedApiKey { key apiKey { id } } } }": types.PermissionsCreateApiKeyDocument,
    "mutation PermissionsCreateDevice($input: CreateDeviceInput!) { createDevice(input: $input) { ... on CreatedDevice { key device { id } } } }": types.PermissionsCreateDeviceDocument,
    "mutation PermissionsCreateService($input: CreateServiceInput!) { createService(input: $input) { ... on Service { id } } }": types.PermissionsCreateServiceDocument,
    "mutation PermissionsCreateCounter($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }": types.PermissionsCreateCounterDocument,
    "mutation PermissionsCreateOfficeGroup($input: OfficeGroupInput!) { createOfficeGroup(input: $input) { ... on OfficeGroup { id } } }": types.PermissionsCreateOfficeGroupDocument,
    "mutation PermissionsCreateCapacityRule($input: CreateCapacityRuleInput!) { createCapacityRule(input: $input) { __typename ... on CapacityChange { rule { id } } } }": types.PermissionsCreateCapacityRuleDocument,
    "mutation PermissionsIssueTicket($input: IssueTicketInput!) {\n  issueTicket(input: $input) { __typename ... on Ticket { secret statusUrl entry { id displayNumber status } } ... on ErrorResult { code message } }\n}": types.PermissionsIssueTicketDocument,
    "mutation PermissionsSignInAtCounter($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename ... on ErrorResult { code message } } }": types.PermissionsSignInAtCounterDocument,
    "query PermissionsApiKeys { apiKeys { id name level } }": types.PermissionsApiKeysDocument,
    "query PermissionsAuditLog { auditLog(first: 5) { edges { node { action at actorKind } } } }": types.PermissionsAuditLogDocument,
    "query PermissionsAuditLog2($officeId: ID) { auditLog(first: 5, officeId: $officeId) { edges { node { action at actorKind } } } }": types.PermissionsAuditLog2Document,
    "query PermissionsCapacityPreview($input: CapacityPreviewInput!) { capacityPreview(input: $input) { __typename ... on CapacityPreview { weekStart slots { start } } ... on ErrorResult { code message } } }": types.PermissionsCapacityPreviewDocument,
    "query PermissionsOffice($id: ID!) { office(id: $id) { id name } }": types.PermissionsOfficeDocument,
    "query PermissionsOfficeGroups { officeGroups { id name offices { id } } }": types.PermissionsOfficeGroupsDocument,
    "query PermissionsOffices { offices(first: 5) { edges { node { id name } } } }": types.PermissionsOfficesDocument,
    "query PermissionsServices { services(first: 5) { edges { node { id name } } } }": types.PermissionsServicesDocument,
    "query PermissionsStaffAccounts { staffAccounts(first: 5) { edges { node { id username } } } }": types.PermissionsStaffAccountsDocument,
    "query PermissionsStaffAccounts2($officeId: ID) { staffAccounts(first: 5, officeId: $officeId) { edges { node { id username } } } }": types.PermissionsStaffAccounts2Document,
    "query PermissionsStatistics($input: StatisticsInput!) { statistics(input: $input) { appointments walkIns waitingByHour { hour } } }": types.PermissionsStatisticsDocument,
    "query PermissionsViewer { viewer { kind name account { username } } }": types.PermissionsViewerDocument,
    "mutation PermissionsReleaseReservation($input: ReleaseReservationInput!) { releaseReservation(input: $input) { __typename ... on ErrorResult { code message } } }": types.PermissionsReleaseReservationDocument,
    "query PermissionsAppointmentByLink($input: LinkTokenInput!) { appointmentByLink(input: $input) { id } }": types.PermissionsAppointmentByLinkDocument,
    "query PermissionsWaitlistEntry($input: LinkTokenInput!) { waitlistEntry(input: $input) { id } }": types.PermissionsWaitlistEntryDocument,
    "query PermissionsWaitlistOffer($input: LinkTokenInput!) { waitlistOffer(input: $input) { id } }": types.PermissionsWaitlistOfferDocument,
    "mutation PermissionsLogout { logout }": types.PermissionsLogoutDocument,
    "query PermissionsSearchSynonyms { searchSynonyms(first: 5) { edges { node { id term } } } }": types.PermissionsSearchSynonymsDocument,
    "mutation PermissionsAddSearchSynonym($input: AddSearchSynonymInput!) { addSearchSynonym(input: $input) { ... on SearchSynonym { id } } }": types.PermissionsAddSearchSynonymDocument,
    "mutation PermissionsSetOfficeService($input: SetOfficeServiceInput!) { setOfficeService(input: $input) { __typename } }": types.PermissionsSetOfficeServiceDocument,
    "subscription PermissionsAvailabilityChanged($officeId: ID!) { availabilityChanged(officeId: $officeId) { version reason } }": types.PermissionsAvailabilityChangedDocument,
    "mutation PermissionsAddClosure($input: AddClosureInput!) { addClosure(input: $input) { ... on CapacityChange { closure { id } } } }": types.PermissionsAddClosureDocument,
    "mutation PermissionsAddClosure2($input: AddClosureInput!) { addClosure(input: $input) { ... on CapacityChange { closure { id } } } }": types.PermissionsAddClosure2Document,
    "query PermissionsQueue($officeId: ID!) { queue(officeId: $officeId) { version entries { id displayNumber status position estimatedWaitMinutes counterName allowedActions } } }": types.PermissionsQueueDocument,
    "query PermissionsCounterSessions($officeId: ID!) { counterSessions(officeId: $officeId) { counterId counterName staffName signedInAt } }": types.PermissionsCounterSessionsDocument,
    "subscription PermissionsQueueChanged($officeId: ID!) { queueChanged(officeId: $officeId) { officeId version } }": types.PermissionsQueueChangedDocument,
    "query PermissionsProofOfWorkChallenge { proofOfWorkChallenge { algorithm challenge maxnumber salt signature required } }": types.PermissionsProofOfWorkChallengeDocument,
    "query PermissionsWaitingInfo($officeId: ID!) { waitingInfo(officeId: $officeId) { version waitingCount estimatedWaitMinutes countersServing } }": types.PermissionsWaitingInfoDocument,
    "query PermissionsRecentCalls($officeId: ID, $groupId: ID) { recentCalls(officeId: $officeId, groupId: $groupId) { versions { officeId version } calls { id displayNumber counterName room calledAt callCount office { id } } } }": types.PermissionsRecentCallsDocument,
    "query PermissionsRecentCalls2($officeId: ID, $groupId: ID) { recentCalls(officeId: $officeId, groupId: $groupId) { versions { officeId version } calls { id displayNumber } } }": types.PermissionsRecentCalls2Document,
    "subscription PermissionsCallIssued($officeId: ID, $groupId: ID) { callIssued(officeId: $officeId, groupId: $groupId) { id displayNumber counterName room callCount version office { id } } }": types.PermissionsCallIssuedDocument,
    "subscription PermissionsCallIssued2($officeId: ID, $groupId: ID) { callIssued(officeId: $officeId, groupId: $groupId) { id displayNumber } }": types.PermissionsCallIssued2Document,
    "query PermissionsWaitingRoom($officeId: ID, $groupId: ID) { waitingRoom(officeId: $officeId, groupId: $groupId) { groupId name offices { version displayMessage waitingCount estimatedWaitMinutes countersServing open ticketsLeft office { id } } } }": types.PermissionsWaitingRoomDocument,
    "subscription PermissionsWaitingRoomChanged($officeId: ID, $groupId: ID) { waitingRoomChanged(officeId: $officeId, groupId: $groupId) { version waitingCount office { id } } }": types.PermissionsWaitingRoomChangedDocument,
    "query PermissionsQueueStatus($input: QueueAccessInput!) { queueStatus(input: $input) { version displayNumber status position estimatedWaitMinutes counterName room } }": types.PermissionsQueueStatusDocument,
    "subscription PermissionsMyQueueStatus($input: QueueAccessInput!) { myQueueStatus(input: $input) { version displayNumber status position } }": types.PermissionsMyQueueStatusDocument,
    "mutation PermissionsSignOutOfCounter { signOutOfCounter }": types.PermissionsSignOutOfCounterDocument,
    "mutation PermissionsCallNext { callNext { __typename ... on ErrorResult { code message } } }": types.PermissionsCallNextDocument,
    "mutation PermissionsSetOpeningHours($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename } }": types.PermissionsSetOpeningHoursDocument,
    "mutation PermissionsUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename } }": types.PermissionsUpdateOfficeSettingsDocument,
    "query PermissionsOffice2($id: ID!) { office(id: $id) { capacityRules { id } } }": types.PermissionsOffice2Document,
    "mutation PermissionsRevokeApiKey($input: RevokeInput!) { revokeApiKey(input: $input) { __typename } }": types.PermissionsRevokeApiKeyDocument,
    "query PermissionsViewer2 { viewer { kind } }": types.PermissionsViewer2Document,
    "mutation PermissionsLogout2 { logout }": types.PermissionsLogout2Document,
    "query PermissionsViewer3 { viewer { kind } }": types.PermissionsViewer3Document,
    "query PermissionsQueue2($officeId: ID!) { queue(officeId: $officeId) { entries { id } } }": types.PermissionsQueue2Document,
    "query PermissionsQueue3($officeId: ID!) { queue(officeId: $officeId) { entries { id status calledCount } } }": types.PermissionsQueue3Document,
    "query PermissionsQueue4($officeId: ID!) { queue(officeId: $officeId) { entries { status allowedActions } } }": types.PermissionsQueue4Document,
    "mutation SdkExampleCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename ... on CreatedApiKey { key } } }": types.SdkExampleCreateApiKeyDocument,
    "mutation SdkExampleSetOfficeService($input: SetOfficeServiceInput!) { setOfficeService(input: $input) { __typename } }": types.SdkExampleSetOfficeServiceDocument,
    "mutation ReserveSlot($input: ReserveSlotInput!) {\n  reserveSlot(input: $input) {\n    __typename\n    ... on Reservation { id token expiresAt start end services { durationSlots service { id } } office { id } }\n    ... on ErrorResult { code message }\n  }\n}": types.ReserveSlotDocument,
    "mutation ConfirmAppointment($input: ConfirmAppointmentInput!) {\n  confirmAppointment(input: $input) {\n    __typename\n    ... on ConfirmedAppointment { secret manageUrl ics appointment { id number status channel start end contactEmail } }\n    ... on ErrorResult { code message }\n    ... on InvalidInput { problems }\n  }\n}": types.ConfirmAppointmentDocument,
    "mutation CancelAppointment($input: CancelAppointmentInput!) {\n  cancelAppointment(input: $input) { __typename ... on Appointment { status } ... on ErrorResult { code message } }\n}": types.CancelAppointmentDocument,
    "mutation RescheduleAppointment($input: RescheduleAppointmentInput!) {\n  rescheduleAppointment(input: $input) { __typename ... on Appointment { status start end office { id } } ... on ErrorResult { code message } }\n}": types.RescheduleAppointmentDocument,
    "query Appointment($input: AppointmentAccessInput!) {\n  appointment(input: $input) { number status start end channel office { id name } services { durationSlots service { id name } } }\n}": types.AppointmentDocument,
    "query AvailableDays($input: AvailableDaysInput!) {\n  availableDays(input: $input) { date offices { id } }\n}": types.AvailableDaysDocument,
    "query AvailableSlots($input: AvailableSlotsInput!) {\n  availableSlots(input: $input) { version startTimes office { id } }\n}": types.AvailableSlotsDocument,
    "mutation AddClosure($input: AddClosureInput!) {\n  addClosure(input: $input) { __typename ... on CapacityChange { closure { id date } affectedAppointments { number start } } ... on ErrorResult { code message } }\n}": types.AddClosureDocument,
    "mutation UpdateCapacityRule($input: UpdateCapacityRuleInput!) {\n  updateCapacityRule(input: $input) { __typename ... on CapacityChange { affectedAppointments { number } } ... on ErrorResult { code message } ... on InvalidInput { problems } }\n}": types.UpdateCapacityRuleDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsCliViewer { viewer { kind name } }"): typeof import('./graphql').AccountsCliViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsCreateStaffAccount($input: CreateStaffAccountInput!) {\n  createStaffAccount(input: $input) { __typename ... on StaffAccount { id username memberships { role office { id } } } ... on InvalidInput { problems } ... on ErrorResult { code } }\n}"): typeof import('./graphql').AccountsCreateStaffAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsUpdateStaffAccount($input: UpdateStaffAccountInput!) { updateStaffAccount(input: $input) { __typename ... on StaffAccount { id disabled } } }"): typeof import('./graphql').AccountsUpdateStaffAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsLogin($input: LoginInput!) { login(input: $input) { __typename ... on Session { token expiresAt account { username } } ... on AccountLocked { lockedUntil } } }"): typeof import('./graphql').AccountsLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsViewer { viewer { kind name account { username isAdmin memberships { role office { id } } } } }"): typeof import('./graphql').AccountsViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename ... on CreatedApiKey { key apiKey { id keyPrefix level } } } }"): typeof import('./graphql').AccountsCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsCreateDevice($input: CreateDeviceInput!) { createDevice(input: $input) { __typename ... on CreatedDevice { key device { id kind } } ... on ErrorResult { code } } }"): typeof import('./graphql').AccountsCreateDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsAuditLog($officeId: ID) { auditLog(officeId: $officeId, first: 100) { edges { node { id at actorKind actorName action details } } } }"): typeof import('./graphql').AccountsAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsLogout { logout }"): typeof import('./graphql').AccountsLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountsRevokeApiKey($input: RevokeInput!) { revokeApiKey(input: $input) { __typename } }"): typeof import('./graphql').AccountsRevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetupCompleteSetup($input: CompleteSetupInput!) {\n  completeSetup(input: $input) { __typename ... on StaffAccount { username displayName isAdmin } ... on ErrorResult { code message } ... on InvalidInput { problems } }\n}"): typeof import('./graphql').SetupCompleteSetupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BookingReleaseReservation($input: ReleaseReservationInput!) { releaseReservation(input: $input) { __typename ... on ErrorResult { code } } }"): typeof import('./graphql').BookingReleaseReservationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CapacityPreviewCapacityPreview($input: CapacityPreviewInput!) { capacityPreview(input: $input) { __typename\n  ... on CapacityPreview { weekStart office { id } slots { start end date publicCapacity internCapacity taken } affectedAppointments { number start } }\n  ... on InvalidInput { problems } ... on ErrorResult { code message } } }"): typeof import('./graphql').CapacityPreviewCapacityPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CapacityPreviewOffice($id: ID!) { office(id: $id) { version } }"): typeof import('./graphql').CapacityPreviewOfficeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CapacityPreviewOffice2($id: ID!) { office(id: $id) { version capacityRules { endTime weekdays } } }"): typeof import('./graphql').CapacityPreviewOffice2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CapacityPreviewCreateStaffAccount($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }"): typeof import('./graphql').CapacityPreviewCreateStaffAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClosuresAddClosure($input: AddClosureInput!) { addClosure(input: $input) { __typename\n  ... on CapacityChange { closure { id date until reason } affectedAppointments { id number date status } }\n  ... on InvalidInput { problems fieldProblems { field message } } ... on ErrorResult { code } } }"): typeof import('./graphql').ClosuresAddClosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClosuresOffice($id: ID!) { office(id: $id) { closures { id date until reason openAppointments { id number } keptAppointments { id number } } } }"): typeof import('./graphql').ClosuresOfficeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClosuresCancelOfficeAppointments($input: CancelOfficeAppointmentsInput!) { cancelOfficeAppointments(input: $input) { __typename\n  ... on CancelledAppointments { appointments { number status } } ... on ErrorResult { code message } } }"): typeof import('./graphql').ClosuresCancelOfficeAppointmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClosuresKeepClosureAppointments($input: KeepClosureAppointmentsInput!) { keepClosureAppointments(input: $input) { __typename\n  ... on Closure { id openAppointments { number } keptAppointments { number } } ... on InvalidInput { fieldProblems { field message } } ... on ErrorResult { code } } }"): typeof import('./graphql').ClosuresKeepClosureAppointmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClosuresUpdateCapacityRule($input: UpdateCapacityRuleInput!) { updateCapacityRule(input: $input) { __typename ... on CapacityChange { affectedAppointments { number } } } }"): typeof import('./graphql').ClosuresUpdateCapacityRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClosuresCapacityPreview($input: CapacityPreviewInput!) { capacityPreview(input: $input) { ... on CapacityPreview { affectedAppointments { number } } } }"): typeof import('./graphql').ClosuresCapacityPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClosuresRemoveClosure($input: RemoveClosureInput!) { removeClosure(input: $input) { __typename } }"): typeof import('./graphql').ClosuresRemoveClosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClosuresCreateStaffAccount($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }"): typeof import('./graphql').ClosuresCreateStaffAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OfficeSettingsUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename\n  ... on Office { settings { reservationMinutes displayMessage noShowLimit contactRetentionDays ticketFirstNumber ticketLastNumber } }\n  ... on InvalidInput { problems fieldProblems { field message min max } } ... on ErrorResult { code } } }"): typeof import('./graphql').OfficeSettingsUpdateOfficeSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OfficeSettingsSetOpeningHours($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename\n  ... on Office { openingHours { weekdays open close } } ... on InvalidInput { fieldProblems { field message min max } } } }"): typeof import('./graphql').OfficeSettingsSetOpeningHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OfficeSettingsCreateCapacityRule($input: CreateCapacityRuleInput!) { createCapacityRule(input: $input) { __typename ... on InvalidInput { fieldProblems { field message min max } } } }"): typeof import('./graphql').OfficeSettingsCreateCapacityRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OfficeSettingsOffice($id: ID!) { office(id: $id) { settings { reservationMinutes displayMessage noShowLimit contactRetentionDays ticketFirstNumber ticketLastNumber } } }"): typeof import('./graphql').OfficeSettingsOfficeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceSearchServices($search: String, $language: MessageLanguage, $first: Int!, $after: String) {\n  services(search: $search, language: $language, first: $first, after: $after) {\n    edges { node { id name(language: $language) } }\n    pageInfo { hasNextPage endCursor }\n  }\n}"): typeof import('./graphql').ServiceSearchServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServiceSearchCreateService($input: CreateServiceInput!) { createService(input: $input) { ... on Service { id } } }"): typeof import('./graphql').ServiceSearchCreateServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServiceSearchSetServiceText($input: SetServiceTextInput!) { setServiceText(input: $input) { __typename ... on Service { id } ... on ErrorResult { message } } }"): typeof import('./graphql').ServiceSearchSetServiceTextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceSearchServices2($language: MessageLanguage) { services(first: 50) { edges { node { id name(language: $language) whatToBring(language: $language) } } } }"): typeof import('./graphql').ServiceSearchServices2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServiceSearchAddSearchSynonym($input: AddSearchSynonymInput!) { addSearchSynonym(input: $input) { __typename ... on SearchSynonym { id term means } ... on InvalidInput { problems } } }"): typeof import('./graphql').ServiceSearchAddSearchSynonymDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServiceSearchRemoveSearchSynonym($input: RemoveSearchSynonymInput!) { removeSearchSynonym(input: $input) { __typename } }"): typeof import('./graphql').ServiceSearchRemoveSearchSynonymDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceSearchSearchSynonyms { searchSynonyms(first: 200) { edges { node { term means } } } }"): typeof import('./graphql').ServiceSearchSearchSynonymsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceSearchSearchSynonyms2 { searchSynonyms(first: 1) { edges { node { term } } } }"): typeof import('./graphql').ServiceSearchSearchSynonyms2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServiceSearchCreateOffice { createOffice(input: { name: \"Bürgeramt Test\", address: { street: \"Weg\", houseNumber: \"1\", postalCode: \"10115\" } }) { ... on Office { id } } }"): typeof import('./graphql').ServiceSearchCreateOfficeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServiceSearchSetOfficeService($input: SetOfficeServiceInput!) { setOfficeService(input: $input) { __typename } }"): typeof import('./graphql').ServiceSearchSetOfficeServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceSearchServices3 { services(first: 50) { edges { node { id bookableOnline } } } }"): typeof import('./graphql').ServiceSearchServices3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceSearchOffices($serviceIds: [ID!], $bookableOnline: Boolean) { offices(serviceIds: $serviceIds, bookableOnline: $bookableOnline, first: 10) { edges { node { id } } } }"): typeof import('./graphql').ServiceSearchOfficesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationsAppointmentByLink($input: LinkTokenInput!) { appointmentByLink(input: $input) { number status start } }"): typeof import('./graphql').NotificationsAppointmentByLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsCancelAppointmentByLink($input: LinkTokenInput!) { cancelAppointmentByLink(input: $input) { __typename ... on Appointment { number status } ... on ErrorResult { code } } }"): typeof import('./graphql').NotificationsCancelAppointmentByLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsConfirmAppointmentByLink($input: LinkTokenInput!) { confirmAppointmentByLink(input: $input) { __typename ... on Appointment { number status } ... on ErrorResult { code } } }"): typeof import('./graphql').NotificationsConfirmAppointmentByLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsCreateService { createService(input: { name: \"Personalausweis beantragen\" }) { ... on Service { id } } }"): typeof import('./graphql').NotificationsCreateServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsSetServiceText($input: SetServiceTextInput!) { setServiceText(input: $input) { __typename } }"): typeof import('./graphql').NotificationsSetServiceTextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsSetOfficeService($input: SetOfficeServiceInput!) { setOfficeService(input: $input) { __typename } }"): typeof import('./graphql').NotificationsSetOfficeServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsCancelOfficeAppointments($input: CancelOfficeAppointmentsInput!) { cancelOfficeAppointments(input: $input) { __typename ... on CancelledAppointments { appointments { number status } } ... on ErrorResult { code } } }"): typeof import('./graphql').NotificationsCancelOfficeAppointmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationsAppointment($input: AppointmentAccessInput!) { appointment(input: $input) { status confirmBy } }"): typeof import('./graphql').NotificationsAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename } }"): typeof import('./graphql').NotificationsUpdateOfficeSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription NotificationsAvailabilityChanged($officeId: ID!) { availabilityChanged(officeId: $officeId) { reason dates } }"): typeof import('./graphql').NotificationsAvailabilityChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsSetOpeningHours($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename } }"): typeof import('./graphql').NotificationsSetOpeningHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsCheckIn($input: CheckInInput!) { checkIn(input: $input) { __typename ... on QueueEntry { id } } }"): typeof import('./graphql').NotificationsCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsCreateCounter($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }"): typeof import('./graphql').NotificationsCreateCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsSignInAtCounter($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename } }"): typeof import('./graphql').NotificationsSignInAtCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationsQueue($officeId: ID!) { queue(officeId: $officeId) { entries { id position } } }"): typeof import('./graphql').NotificationsQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsCallNext { callNext { __typename } }"): typeof import('./graphql').NotificationsCallNextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsCallNext2 { callNext { __typename } }"): typeof import('./graphql').NotificationsCallNext2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RetentionUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename ... on Office { settings { contactRetentionDays noShowLimit } } } }"): typeof import('./graphql').RetentionUpdateOfficeSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RetentionJoinWaitlist($input: JoinWaitlistInput!) { joinWaitlist(input: $input) { __typename } }"): typeof import('./graphql').RetentionJoinWaitlistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CounterWorkQueue($officeId: ID!) { queue(officeId: $officeId) { version computedAt nextChangeAt entries { id displayNumber status position estimatedWaitMinutes skippedUntil counterName citizenName services { id name } } myCounter { callingOrder session { counterName staffName serviceIds } } } }"): typeof import('./graphql').CounterWorkQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CounterWorkIssueTicket($input: IssueTicketInput!) { issueTicket(input: $input) { __typename ... on Ticket { entry { id displayNumber } } } }"): typeof import('./graphql').CounterWorkIssueTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CounterWorkCheckIn($input: CheckInInput!) { checkIn(input: $input) { __typename ... on QueueEntry { id displayNumber } ... on ErrorResult { code } } }"): typeof import('./graphql').CounterWorkCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CounterWorkSignInAtCounter($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename ... on CounterSession { counterName staffName } ... on CounterOccupied { code staffName since canTakeOver } ... on ErrorResult { code } } }"): typeof import('./graphql').CounterWorkSignInAtCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CounterWorkCallNext { callNext { __typename ... on QueueEntry { id displayNumber } ... on ErrorResult { code } } }"): typeof import('./graphql').CounterWorkCallNextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CounterWorkStepMarkMissed($input: EntryInput!) { markMissed(input: $input) { __typename ... on QueueEntry { id status } ... on ErrorResult { code } } }"): typeof import('./graphql').CounterWorkStepMarkMissedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CounterWorkStepRequeueEntry($input: EntryInput!) { requeueEntry(input: $input) { __typename ... on QueueEntry { id status } ... on ErrorResult { code } } }"): typeof import('./graphql').CounterWorkStepRequeueEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CounterWorkStepStartService($input: EntryInput!) { startService(input: $input) { __typename ... on QueueEntry { id status } ... on ErrorResult { code } } }"): typeof import('./graphql').CounterWorkStepStartServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CounterWorkSetEntryPriority($input: SetEntryPriorityInput!) { setEntryPriority(input: $input) { __typename } }"): typeof import('./graphql').CounterWorkSetEntryPriorityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CounterWorkSetOpeningHours($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename } }"): typeof import('./graphql').CounterWorkSetOpeningHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CounterWorkCreateCounter($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }"): typeof import('./graphql').CounterWorkCreateCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CounterWorkCreateStaffAccount($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }"): typeof import('./graphql').CounterWorkCreateStaffAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CounterWorkWaitingInfo($officeId: ID!) { waitingInfo(officeId: $officeId) { estimatedWaitMinutes } }"): typeof import('./graphql').CounterWorkWaitingInfoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CounterWorkCreateDevice($input: CreateDeviceInput!) { createDevice(input: $input) { ... on CreatedDevice { key } } }"): typeof import('./graphql').CounterWorkCreateDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CounterWorkCheckIn2($input: CheckInInput!) { checkIn(input: $input) { __typename ... on QueueEntry { displayNumber citizenName } } }"): typeof import('./graphql').CounterWorkCheckIn2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CounterWorkCounterSessions($officeId: ID!) { counterSessions(officeId: $officeId) { counterName staffName } }"): typeof import('./graphql').CounterWorkCounterSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription QueueEventsCallIssued($officeId: ID) { callIssued(officeId: $officeId) { displayNumber counterName version office { id } } }"): typeof import('./graphql').QueueEventsCallIssuedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueEventsCreateCounter($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }"): typeof import('./graphql').QueueEventsCreateCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueEventsSignInAtCounter($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename } }"): typeof import('./graphql').QueueEventsSignInAtCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueEventsIssueTicket($input: IssueTicketInput!) { issueTicket(input: $input) { __typename } }"): typeof import('./graphql').QueueEventsIssueTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueEventsCallNext { callNext { __typename ... on QueueEntry { displayNumber } } }"): typeof import('./graphql').QueueEventsCallNextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueIssueTicket($input: IssueTicketInput!) { issueTicket(input: $input) { __typename ... on Ticket { secret statusUrl entry { id displayNumber position estimatedWaitMinutes } } ... on ErrorResult { code message } } }"): typeof import('./graphql').QueueIssueTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueCheckIn($input: CheckInInput!) { checkIn(input: $input) { __typename ... on QueueEntry { id displayNumber status } ... on ErrorResult { code message } } }"): typeof import('./graphql').QueueCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueueQueue($officeId: ID!) { queue(officeId: $officeId) { version entries { id displayNumber status withAppointment position estimatedWaitMinutes counterName } } }"): typeof import('./graphql').QueueQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueSignInAtCounter($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename ... on CounterSession { counterName } } }"): typeof import('./graphql').QueueSignInAtCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueCallNext { callNext { __typename ... on QueueEntry { id displayNumber status counterName } ... on ErrorResult { code } } }"): typeof import('./graphql').QueueCallNextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueStepRecallEntry($input: EntryInput!) { recallEntry(input: $input) { __typename ... on QueueEntry { id status calledCount } ... on ErrorResult { code } } }"): typeof import('./graphql').QueueStepRecallEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueStepRequeueEntry($input: EntryInput!) { requeueEntry(input: $input) { __typename ... on QueueEntry { id status calledCount } ... on ErrorResult { code } } }"): typeof import('./graphql').QueueStepRequeueEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueStepStartService($input: EntryInput!) { startService(input: $input) { __typename ... on QueueEntry { id status calledCount } ... on ErrorResult { code } } }"): typeof import('./graphql').QueueStepStartServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueCreateCounter($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id name } } }"): typeof import('./graphql').QueueCreateCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueCreateDevice($input: CreateDeviceInput!) { createDevice(input: $input) { ... on CreatedDevice { key } } }"): typeof import('./graphql').QueueCreateDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueCreateStaffAccount($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }"): typeof import('./graphql').QueueCreateStaffAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueSetOpeningHours($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename } }"): typeof import('./graphql').QueueSetOpeningHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription QueueCallIssued($officeId: ID) { callIssued(officeId: $officeId) { displayNumber counterName room version } }"): typeof import('./graphql').QueueCallIssuedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription QueueMyQueueStatus($input: QueueAccessInput!) { myQueueStatus(input: $input) { status position counterName version } }"): typeof import('./graphql').QueueMyQueueStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueFinishService($input: FinishServiceInput!) { finishService(input: $input) { __typename } }"): typeof import('./graphql').QueueFinishServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription QueueMyQueueStatus2($input: QueueAccessInput!) { myQueueStatus(input: $input) { displayNumber status position } }"): typeof import('./graphql').QueueMyQueueStatus2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename } }"): typeof import('./graphql').QueueUpdateOfficeSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueRedirectEntry($input: RedirectEntryInput!) { redirectEntry(input: $input) { __typename ... on QueueEntry { id displayNumber status } } }"): typeof import('./graphql').QueueRedirectEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueueQueueStatus($input: QueueAccessInput!) { queueStatus(input: $input) { status position } }"): typeof import('./graphql').QueueQueueStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueCallEntry($input: EntryInput!) { callEntry(input: $input) { __typename } }"): typeof import('./graphql').QueueCallEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueFinishService2($input: FinishServiceInput!) { finishService(input: $input) { __typename } }"): typeof import('./graphql').QueueFinishService2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueueWaitingInfo($officeId: ID!) { waitingInfo(officeId: $officeId) { version waitingCount estimatedWaitMinutes countersServing } }"): typeof import('./graphql').QueueWaitingInfoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueueRecentCalls($officeId: ID) { recentCalls(officeId: $officeId) { versions { officeId version } calls { id displayNumber counterName callCount } } }"): typeof import('./graphql').QueueRecentCallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription QueueQueueChanged { queueChanged(officeId: \"999999\") { version } }"): typeof import('./graphql').QueueQueueChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription QueueMyQueueStatus3 { myQueueStatus(input: { number: \"1\", secret: \"wrong\" }) { status } }"): typeof import('./graphql').QueueMyQueueStatus3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription QueueQueueChanged2($officeId: ID!) { queueChanged(officeId: $officeId) { version } }"): typeof import('./graphql').QueueQueueChanged2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueUpdateOfficeSettings2($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename } }"): typeof import('./graphql').QueueUpdateOfficeSettings2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueIssueTicket2($input: IssueTicketInput!) { issueTicket(input: $input) { ... on Ticket { entry { id allowedActions } } } }"): typeof import('./graphql').QueueIssueTicket2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WaitingRoomWaitingRoom($officeId: ID, $groupId: ID) { waitingRoom(officeId: $officeId, groupId: $groupId) {\n  groupId name offices { version displayMessage waitingCount estimatedWaitMinutes countersServing open ticketsLeft office { id name } } } }"): typeof import('./graphql').WaitingRoomWaitingRoomDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription WaitingRoomWaitingRoomChanged($officeId: ID, $groupId: ID) { waitingRoomChanged(officeId: $officeId, groupId: $groupId) {\n  version displayMessage waitingCount open ticketsLeft office { id } } }"): typeof import('./graphql').WaitingRoomWaitingRoomChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WaitingRoomIssueTicket($input: IssueTicketInput!) { issueTicket(input: $input) { __typename ... on ErrorResult { code } } }"): typeof import('./graphql').WaitingRoomIssueTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WaitingRoomUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename ... on Office { settings { displayMessage } } } }"): typeof import('./graphql').WaitingRoomUpdateOfficeSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WaitingRoomCreateDevice($input: CreateDeviceInput!) { createDevice(input: $input) { ... on CreatedDevice { key } } }"): typeof import('./graphql').WaitingRoomCreateDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WaitingRoomWaitingRoom2($officeId: ID) { waitingRoom(officeId: $officeId) { offices { open opensAt } } }"): typeof import('./graphql').WaitingRoomWaitingRoom2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WaitingRoomSetOpeningHours($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename } }"): typeof import('./graphql').WaitingRoomSetOpeningHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WaitingRoomAddClosure($input: AddClosureInput!) { addClosure(input: $input) { __typename ... on CapacityChange { closure { id } } } }"): typeof import('./graphql').WaitingRoomAddClosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WaitingRoomRemoveClosure($input: RemoveClosureInput!) { removeClosure(input: $input) { __typename } }"): typeof import('./graphql').WaitingRoomRemoveClosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WaitingRoomStepMarkMissed($input: EntryInput!) { markMissed(input: $input) { __typename ... on QueueEntry { id status } } }"): typeof import('./graphql').WaitingRoomStepMarkMissedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WaitingRoomStepParkEntry($input: EntryInput!) { parkEntry(input: $input) { __typename ... on QueueEntry { id status } } }"): typeof import('./graphql').WaitingRoomStepParkEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WaitingRoomStepRequeueEntry($input: EntryInput!) { requeueEntry(input: $input) { __typename ... on QueueEntry { id status } } }"): typeof import('./graphql').WaitingRoomStepRequeueEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WaitingRoomCheckIn($input: CheckInInput!) { checkIn(input: $input) { __typename ... on QueueEntry { id } ... on CheckInRefused { code reason opensAt } ... on ErrorResult { code } } }"): typeof import('./graphql').WaitingRoomCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WaitingRoomSetOpeningHours2($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename } }"): typeof import('./graphql').WaitingRoomSetOpeningHours2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WaitingRoomCreateOfficeGroup($input: OfficeGroupInput!) { createOfficeGroup(input: $input) { ... on OfficeGroup { id } } }"): typeof import('./graphql').WaitingRoomCreateOfficeGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription WaitingRoomWaitingRoomChanged2($officeId: ID) { waitingRoomChanged(officeId: $officeId) { version open opensAt } }"): typeof import('./graphql').WaitingRoomWaitingRoomChanged2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WaitingRoomCreateCounter($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }"): typeof import('./graphql').WaitingRoomCreateCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WaitingRoomSignInAtCounter($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename } }"): typeof import('./graphql').WaitingRoomSignInAtCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WaitingRoomWaitingRoom3($officeId: ID) { waitingRoom(officeId: $officeId) { offices { withdrawnNumbers } } }"): typeof import('./graphql').WaitingRoomWaitingRoom3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WaitingRoomCallNext { callNext { ... on QueueEntry { id displayNumber } } }"): typeof import('./graphql').WaitingRoomCallNextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription WaitingRoomWaitingRoomChanged3($officeId: ID) { waitingRoomChanged(officeId: $officeId) { withdrawnNumbers } }"): typeof import('./graphql').WaitingRoomWaitingRoomChanged3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WaitingRoomCallEntry($input: EntryInput!) { callEntry(input: $input) { __typename } }"): typeof import('./graphql').WaitingRoomCallEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AvailabilityEventsAvailabilityChanged($officeId: ID!) { availabilityChanged(officeId: $officeId) { version dates reason office { id } } }"): typeof import('./graphql').AvailabilityEventsAvailabilityChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AvailabilitySetOfficeService($input: SetOfficeServiceInput!) { setOfficeService(input: $input) { __typename } }"): typeof import('./graphql').AvailabilitySetOfficeServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AvailabilityAvailableDays($input: AvailableDaysInput!) { availableDays(input: $input) { date officeCount offices { id } } }"): typeof import('./graphql').AvailabilityAvailableDaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AvailabilityCreateCapacityRule($input: CreateCapacityRuleInput!) { createCapacityRule(input: $input) { __typename ... on InvalidInput { problems } } }"): typeof import('./graphql').AvailabilityCreateCapacityRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HolidayRegionsUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename\n  ... on Office { settings { holidayRegion } } ... on InvalidInput { fieldProblems { field message } } } }"): typeof import('./graphql').HolidayRegionsUpdateOfficeSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HolidayRegionsOffice($id: ID!) { office(id: $id) { settings { holidayRegion } } }"): typeof import('./graphql').HolidayRegionsOfficeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatisticsStatistics($input: StatisticsInput!) { statistics(input: $input) {\n  from to offices { id } appointments cancelled noShows walkIns served missed\n  appointmentsByChannel { channel appointments }\n  waitingByHour { hour customers meanMinutes p90Minutes }\n  serviceTimes { service { id } customers meanMinutes }\n  utilisation { date offered booked } } }"): typeof import('./graphql').StatisticsStatisticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StatisticsCreateStaffAccount($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }"): typeof import('./graphql').StatisticsCreateStaffAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StatisticsCreateOfficeGroup($input: OfficeGroupInput!) { createOfficeGroup(input: $input) { ... on OfficeGroup { id } } }"): typeof import('./graphql').StatisticsCreateOfficeGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StatisticsCreateOfficeGroup2($input: OfficeGroupInput!) { createOfficeGroup(input: $input) { ... on OfficeGroup { id } } }"): typeof import('./graphql').StatisticsCreateOfficeGroup2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WaitlistJoinWaitlist($input: JoinWaitlistInput!) { joinWaitlist(input: $input) { __typename ... on WaitlistJoined { token entry { status appointmentNumber offices { id } services { id } } } ... on ErrorResult { code message } } }"): typeof import('./graphql').WaitlistJoinWaitlistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WaitlistWaitlistOffer($input: LinkTokenInput!) { waitlistOffer(input: $input) { status start holdExpiresAt appointmentNumber office { id } } }"): typeof import('./graphql').WaitlistWaitlistOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WaitlistTakeWaitlistOffer($input: LinkTokenInput!) { takeWaitlistOffer(input: $input) { __typename ... on WaitlistOfferTaken { secret manageUrl appointment { number status start } } ... on ErrorResult { code } } }"): typeof import('./graphql').WaitlistTakeWaitlistOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WaitlistLeaveWaitlist($input: LinkTokenInput!) { leaveWaitlist(input: $input) { __typename ... on WaitlistEntryView { status } ... on ErrorResult { code } } }"): typeof import('./graphql').WaitlistLeaveWaitlistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WaitlistSetServiceText($input: SetServiceTextInput!) { setServiceText(input: $input) { __typename } }"): typeof import('./graphql').WaitlistSetServiceTextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription WaitlistAvailabilityChanged($officeId: ID!) { availabilityChanged(officeId: $officeId) { reason } }"): typeof import('./graphql').WaitlistAvailabilityChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WaitlistUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename } }"): typeof import('./graphql').WaitlistUpdateOfficeSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LimitsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on CreatedApiKey { key } } }"): typeof import('./graphql').LimitsCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsServices { services { edges { node { id } } } }"): typeof import('./graphql').LimitsServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsViewer { viewer { kind } }"): typeof import('./graphql').LimitsViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsProofOfWorkChallenge { proofOfWorkChallenge { algorithm challenge maxnumber salt signature required } }"): typeof import('./graphql').LimitsProofOfWorkChallengeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsDeepOffices { offices { edges { node { services { service { name } } } } } }"): typeof import('./graphql').LimitsDeepOfficesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsCostlyServices { services(first: 200) { edges { node { id name description url } } } }"): typeof import('./graphql').LimitsCostlyServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsTwentyServices { services(first: 20) { edges { node { id name } } } }"): typeof import('./graphql').LimitsTwentyServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsQueueStatus($input: QueueAccessInput!) { queueStatus(input: $input) { status } }"): typeof import('./graphql').LimitsQueueStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ClusterAvailabilityChanged($officeId: ID!) { availabilityChanged(officeId: $officeId) { version reason } }"): typeof import('./graphql').ClusterAvailabilityChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EmbeddedDefaultOffices { offices(first: 100) { edges { node { id name } } } }"): typeof import('./graphql').EmbeddedDefaultOfficesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EmbeddedDefaultServices { services(search: \"Anmeldung einer Wohnung\") { edges { node { id } } } }"): typeof import('./graphql').EmbeddedDefaultServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EmbeddedDefaultAvailableDays($input: AvailableDaysInput!) { availableDays(input: $input) { date offices { id } } }"): typeof import('./graphql').EmbeddedDefaultAvailableDaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DatabaseOutageCallIssued($officeId: ID) { callIssued(officeId: $officeId) { id displayNumber } }"): typeof import('./graphql').DatabaseOutageCallIssuedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DatabaseOutageCreateCounter($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }"): typeof import('./graphql').DatabaseOutageCreateCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DatabaseOutageSignInAtCounter($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename } }"): typeof import('./graphql').DatabaseOutageSignInAtCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DatabaseOutageIssueTicket($input: IssueTicketInput!) { issueTicket(input: $input) { __typename } }"): typeof import('./graphql').DatabaseOutageIssueTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DatabaseOutageCallNext { callNext { __typename ... on QueueEntry { displayNumber } } }"): typeof import('./graphql').DatabaseOutageCallNextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LimitsUnderConcurrencyLogin($input: LoginInput!) { login(input: $input) { __typename ... on AccountLocked { lockedUntil } } }"): typeof import('./graphql').LimitsUnderConcurrencyLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LimitsUnderConcurrencyCreateStaffAccount($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }"): typeof import('./graphql').LimitsUnderConcurrencyCreateStaffAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LimitsUnderConcurrencyIssueTicket($input: IssueTicketInput!) { issueTicket(input: $input) { ... on Ticket { secret entry { displayNumber } } } }"): typeof import('./graphql').LimitsUnderConcurrencyIssueTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsUnderConcurrencyQueueStatus($input: QueueAccessInput!) { queueStatus(input: $input) { status } }"): typeof import('./graphql').LimitsUnderConcurrencyQueueStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReconnectStormCreateOffice($input: CreateOfficeInput!) { createOffice(input: $input) { ... on Office { id } } }"): typeof import('./graphql').ReconnectStormCreateOfficeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReconnectStormSetOpeningHours($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename } }"): typeof import('./graphql').ReconnectStormSetOpeningHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReconnectStormCreateService($input: CreateServiceInput!) { createService(input: $input) { ... on Service { id } } }"): typeof import('./graphql').ReconnectStormCreateServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReconnectStormSetOfficeService($input: SetOfficeServiceInput!) { setOfficeService(input: $input) { __typename } }"): typeof import('./graphql').ReconnectStormSetOfficeServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReconnectStormCreateCounter($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }"): typeof import('./graphql').ReconnectStormCreateCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReconnectStormSignInAtCounter($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename } }"): typeof import('./graphql').ReconnectStormSignInAtCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReconnectStormIssueTicket($input: IssueTicketInput!) { issueTicket(input: $input) { __typename } }"): typeof import('./graphql').ReconnectStormIssueTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReconnectStormCallNext { callNext { __typename } }"): typeof import('./graphql').ReconnectStormCallNextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RedisOutageEventsCreateCounter($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }"): typeof import('./graphql').RedisOutageEventsCreateCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RedisOutageEventsSignInAtCounter($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename } }"): typeof import('./graphql').RedisOutageEventsSignInAtCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RedisOutageEventsRecentCalls($officeId: ID) { recentCalls(officeId: $officeId) { calls { id displayNumber } } }"): typeof import('./graphql').RedisOutageEventsRecentCallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription RedisOutageEventsCallIssued($officeId: ID) { callIssued(officeId: $officeId) { id displayNumber } }"): typeof import('./graphql').RedisOutageEventsCallIssuedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RedisOutageEventsIssueTicket($input: IssueTicketInput!) { issueTicket(input: $input) { __typename } }"): typeof import('./graphql').RedisOutageEventsIssueTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RedisOutageEventsCallNext { callNext { __typename ... on QueueEntry { displayNumber } } }"): typeof import('./graphql').RedisOutageEventsCallNextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RedisOutageLimitsServices { services { edges { node { id } } } }"): typeof import('./graphql').RedisOutageLimitsServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RedisOutageLimitsViewer { viewer { kind } }"): typeof import('./graphql').RedisOutageLimitsViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RedisOutageLimitsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on CreatedApiKey { key } } }"): typeof import('./graphql').RedisOutageLimitsCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SocketAbuseCreateOffice($input: CreateOfficeInput!) { createOffice(input: $input) { ... on Office { id } } }"): typeof import('./graphql').SocketAbuseCreateOfficeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SocketAbuseCreateDevice($input: CreateDeviceInput!) { createDevice(input: $input) { ... on CreatedDevice { key } } }"): typeof import('./graphql').SocketAbuseCreateDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SocketAbuseServices { services { edges { node { id } } } }"): typeof import('./graphql').SocketAbuseServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SocketAbuseCallIssued($officeId: ID) { callIssued(officeId: $officeId) { displayNumber } }"): typeof import('./graphql').SocketAbuseCallIssuedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HostileInputCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on CreatedApiKey { key } } }"): typeof import('./graphql').HostileInputCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InputValidationServices { services(after: \"garbage\") { edges { node { id } } } }"): typeof import('./graphql').InputValidationServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputValidationCreateCapacityRule($input: CreateCapacityRuleInput!) { createCapacityRule(input: $input) { __typename ... on InvalidInput { problems } } }"): typeof import('./graphql').InputValidationCreateCapacityRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputValidationAddClosure($input: AddClosureInput!) { addClosure(input: $input) { __typename } }"): typeof import('./graphql').InputValidationAddClosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InputValidationServices2 { services { edges { node { id } } } }"): typeof import('./graphql').InputValidationServices2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InputValidationAuditLog { auditLog(first: 1) { edges { node { action details } } } }"): typeof import('./graphql').InputValidationAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputValidationCreateService { createService(input: { name: \"Gleichzeitig\" }) { ... on Service { id } } }"): typeof import('./graphql').InputValidationCreateServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputValidationSetOfficeService($input: SetOfficeServiceInput!) { setOfficeService(input: $input) { __typename ... on OfficeService { durationSlots } } }"): typeof import('./graphql').InputValidationSetOfficeServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InputValidationServices3($after: String) { services(first: 2, after: $after, search: \"eingabe\") { edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').InputValidationServices3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InputValidationOffices($ids: [ID!]) { offices(serviceIds: $ids) { edges { node { name services { durationSlots service { id } } } } } }"): typeof import('./graphql').InputValidationOfficesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputValidationCreateCounter($input: CreateCounterInput!) { createCounter(input: $input) { __typename ... on Counter { id name room } ... on ErrorResult { code } } }"): typeof import('./graphql').InputValidationCreateCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InputValidationCreateOfficeGroup($input: OfficeGroupInput!) { createOfficeGroup(input: $input) { __typename ... on OfficeGroup { id name offices { id } } ... on ErrorResult { code } } }"): typeof import('./graphql').InputValidationCreateOfficeGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ObservabilityServices { services { edges { node { id } } } }"): typeof import('./graphql').ObservabilityServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ObservabilityAvailabilityChanged($officeId: ID!) { availabilityChanged(officeId: $officeId) { version } }"): typeof import('./graphql').ObservabilityAvailabilityChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ObservabilityReserveSlot($input: ReserveSlotInput!) { reserveSlot(input: $input) { __typename } }"): typeof import('./graphql').ObservabilityReserveSlotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermissionsCreateStaffAccount($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename ... on StaffAccount { id } } }"): typeof import('./graphql').PermissionsCreateStaffAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermissionsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on CreatedApiKey { key apiKey { id } } } }"): typeof import('./graphql').PermissionsCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermissionsCreateDevice($input: CreateDeviceInput!) { createDevice(input: $input) { ... on CreatedDevice { key device { id } } } }"): typeof import('./graphql').PermissionsCreateDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermissionsCreateService($input: CreateServiceInput!) { createService(input: $input) { ... on Service { id } } }"): typeof import('./graphql').PermissionsCreateServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermissionsCreateCounter($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }"): typeof import('./graphql').PermissionsCreateCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermissionsCreateOfficeGroup($input: OfficeGroupInput!) { createOfficeGroup(input: $input) { ... on OfficeGroup { id } } }"): typeof import('./graphql').PermissionsCreateOfficeGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermissionsCreateCapacityRule($input: CreateCapacityRuleInput!) { createCapacityRule(input: $input) { __typename ... on CapacityChange { rule { id } } } }"): typeof import('./graphql').PermissionsCreateCapacityRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermissionsIssueTicket($input: IssueTicketInput!) {\n  issueTicket(input: $input) { __typename ... on Ticket { secret statusUrl entry { id displayNumber status } } ... on ErrorResult { code message } }\n}"): typeof import('./graphql').PermissionsIssueTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermissionsSignInAtCounter($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename ... on ErrorResult { code message } } }"): typeof import('./graphql').PermissionsSignInAtCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionsApiKeys { apiKeys { id name level } }"): typeof import('./graphql').PermissionsApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionsAuditLog { auditLog(first: 5) { edges { node { action at actorKind } } } }"): typeof import('./graphql').PermissionsAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionsAuditLog2($officeId: ID) { auditLog(first: 5, officeId: $officeId) { edges { node { action at actorKind } } } }"): typeof import('./graphql').PermissionsAuditLog2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionsCapacityPreview($input: CapacityPreviewInput!) { capacityPreview(input: $input) { __typename ... on CapacityPreview { weekStart slots { start } } ... on ErrorResult { code message } } }"): typeof import('./graphql').PermissionsCapacityPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionsOffice($id: ID!) { office(id: $id) { id name } }"): typeof import('./graphql').PermissionsOfficeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionsOfficeGroups { officeGroups { id name offices { id } } }"): typeof import('./graphql').PermissionsOfficeGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionsOffices { offices(first: 5) { edges { node { id name } } } }"): typeof import('./graphql').PermissionsOfficesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionsServices { services(first: 5) { edges { node { id name } } } }"): typeof import('./graphql').PermissionsServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionsStaffAccounts { staffAccounts(first: 5) { edges { node { id username } } } }"): typeof import('./graphql').PermissionsStaffAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionsStaffAccounts2($officeId: ID) { staffAccounts(first: 5, officeId: $officeId) { edges { node { id username } } } }"): typeof import('./graphql').PermissionsStaffAccounts2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionsStatistics($input: StatisticsInput!) { statistics(input: $input) { appointments walkIns waitingByHour { hour } } }"): typeof import('./graphql').PermissionsStatisticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionsViewer { viewer { kind name account { username } } }"): typeof import('./graphql').PermissionsViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermissionsReleaseReservation($input: ReleaseReservationInput!) { releaseReservation(input: $input) { __typename ... on ErrorResult { code message } } }"): typeof import('./graphql').PermissionsReleaseReservationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionsAppointmentByLink($input: LinkTokenInput!) { appointmentByLink(input: $input) { id } }"): typeof import('./graphql').PermissionsAppointmentByLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionsWaitlistEntry($input: LinkTokenInput!) { waitlistEntry(input: $input) { id } }"): typeof import('./graphql').PermissionsWaitlistEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionsWaitlistOffer($input: LinkTokenInput!) { waitlistOffer(input: $input) { id } }"): typeof import('./graphql').PermissionsWaitlistOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermissionsLogout { logout }"): typeof import('./graphql').PermissionsLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionsSearchSynonyms { searchSynonyms(first: 5) { edges { node { id term } } } }"): typeof import('./graphql').PermissionsSearchSynonymsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermissionsAddSearchSynonym($input: AddSearchSynonymInput!) { addSearchSynonym(input: $input) { ... on SearchSynonym { id } } }"): typeof import('./graphql').PermissionsAddSearchSynonymDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermissionsSetOfficeService($input: SetOfficeServiceInput!) { setOfficeService(input: $input) { __typename } }"): typeof import('./graphql').PermissionsSetOfficeServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription PermissionsAvailabilityChanged($officeId: ID!) { availabilityChanged(officeId: $officeId) { version reason } }"): typeof import('./graphql').PermissionsAvailabilityChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermissionsAddClosure($input: AddClosureInput!) { addClosure(input: $input) { ... on CapacityChange { closure { id } } } }"): typeof import('./graphql').PermissionsAddClosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermissionsAddClosure2($input: AddClosureInput!) { addClosure(input: $input) { ... on CapacityChange { closure { id } } } }"): typeof import('./graphql').PermissionsAddClosure2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionsQueue($officeId: ID!) { queue(officeId: $officeId) { version entries { id displayNumber status position estimatedWaitMinutes counterName allowedActions } } }"): typeof import('./graphql').PermissionsQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionsCounterSessions($officeId: ID!) { counterSessions(officeId: $officeId) { counterId counterName staffName signedInAt } }"): typeof import('./graphql').PermissionsCounterSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription PermissionsQueueChanged($officeId: ID!) { queueChanged(officeId: $officeId) { officeId version } }"): typeof import('./graphql').PermissionsQueueChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionsProofOfWorkChallenge { proofOfWorkChallenge { algorithm challenge maxnumber salt signature required } }"): typeof import('./graphql').PermissionsProofOfWorkChallengeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionsWaitingInfo($officeId: ID!) { waitingInfo(officeId: $officeId) { version waitingCount estimatedWaitMinutes countersServing } }"): typeof import('./graphql').PermissionsWaitingInfoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionsRecentCalls($officeId: ID, $groupId: ID) { recentCalls(officeId: $officeId, groupId: $groupId) { versions { officeId version } calls { id displayNumber counterName room calledAt callCount office { id } } } }"): typeof import('./graphql').PermissionsRecentCallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionsRecentCalls2($officeId: ID, $groupId: ID) { recentCalls(officeId: $officeId, groupId: $groupId) { versions { officeId version } calls { id displayNumber } } }"): typeof import('./graphql').PermissionsRecentCalls2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription PermissionsCallIssued($officeId: ID, $groupId: ID) { callIssued(officeId: $officeId, groupId: $groupId) { id displayNumber counterName room callCount version office { id } } }"): typeof import('./graphql').PermissionsCallIssuedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription PermissionsCallIssued2($officeId: ID, $groupId: ID) { callIssued(officeId: $officeId, groupId: $groupId) { id displayNumber } }"): typeof import('./graphql').PermissionsCallIssued2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionsWaitingRoom($officeId: ID, $groupId: ID) { waitingRoom(officeId: $officeId, groupId: $groupId) { groupId name offices { version displayMessage waitingCount estimatedWaitMinutes countersServing open ticketsLeft office { id } } } }"): typeof import('./graphql').PermissionsWaitingRoomDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription PermissionsWaitingRoomChanged($officeId: ID, $groupId: ID) { waitingRoomChanged(officeId: $officeId, groupId: $groupId) { version waitingCount office { id } } }"): typeof import('./graphql').PermissionsWaitingRoomChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionsQueueStatus($input: QueueAccessInput!) { queueStatus(input: $input) { version displayNumber status position estimatedWaitMinutes counterName room } }"): typeof import('./graphql').PermissionsQueueStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription PermissionsMyQueueStatus($input: QueueAccessInput!) { myQueueStatus(input: $input) { version displayNumber status position } }"): typeof import('./graphql').PermissionsMyQueueStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermissionsSignOutOfCounter { signOutOfCounter }"): typeof import('./graphql').PermissionsSignOutOfCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermissionsCallNext { callNext { __typename ... on ErrorResult { code message } } }"): typeof import('./graphql').PermissionsCallNextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermissionsSetOpeningHours($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename } }"): typeof import('./graphql').PermissionsSetOpeningHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermissionsUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename } }"): typeof import('./graphql').PermissionsUpdateOfficeSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionsOffice2($id: ID!) { office(id: $id) { capacityRules { id } } }"): typeof import('./graphql').PermissionsOffice2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermissionsRevokeApiKey($input: RevokeInput!) { revokeApiKey(input: $input) { __typename } }"): typeof import('./graphql').PermissionsRevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionsViewer2 { viewer { kind } }"): typeof import('./graphql').PermissionsViewer2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermissionsLogout2 { logout }"): typeof import('./graphql').PermissionsLogout2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionsViewer3 { viewer { kind } }"): typeof import('./graphql').PermissionsViewer3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionsQueue2($officeId: ID!) { queue(officeId: $officeId) { entries { id } } }"): typeof import('./graphql').PermissionsQueue2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionsQueue3($officeId: ID!) { queue(officeId: $officeId) { entries { id status calledCount } } }"): typeof import('./graphql').PermissionsQueue3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionsQueue4($officeId: ID!) { queue(officeId: $officeId) { entries { status allowedActions } } }"): typeof import('./graphql').PermissionsQueue4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SdkExampleCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename ... on CreatedApiKey { key } } }"): typeof import('./graphql').SdkExampleCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SdkExampleSetOfficeService($input: SetOfficeServiceInput!) { setOfficeService(input: $input) { __typename } }"): typeof import('./graphql').SdkExampleSetOfficeServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReserveSlot($input: ReserveSlotInput!) {\n  reserveSlot(input: $input) {\n    __typename\n    ... on Reservation { id token expiresAt start end services { durationSlots service { id } } office { id } }\n    ... on ErrorResult { code message }\n  }\n}"): typeof import('./graphql').ReserveSlotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmAppointment($input: ConfirmAppointmentInput!) {\n  confirmAppointment(input: $input) {\n    __typename\n    ... on ConfirmedAppointment { secret manageUrl ics appointment { id number status channel start end contactEmail } }\n    ... on ErrorResult { code message }\n    ... on InvalidInput { problems }\n  }\n}"): typeof import('./graphql').ConfirmAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelAppointment($input: CancelAppointmentInput!) {\n  cancelAppointment(input: $input) { __typename ... on Appointment { status } ... on ErrorResult { code message } }\n}"): typeof import('./graphql').CancelAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RescheduleAppointment($input: RescheduleAppointmentInput!) {\n  rescheduleAppointment(input: $input) { __typename ... on Appointment { status start end office { id } } ... on ErrorResult { code message } }\n}"): typeof import('./graphql').RescheduleAppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Appointment($input: AppointmentAccessInput!) {\n  appointment(input: $input) { number status start end channel office { id name } services { durationSlots service { id name } } }\n}"): typeof import('./graphql').AppointmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AvailableDays($input: AvailableDaysInput!) {\n  availableDays(input: $input) { date offices { id } }\n}"): typeof import('./graphql').AvailableDaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AvailableSlots($input: AvailableSlotsInput!) {\n  availableSlots(input: $input) { version startTimes office { id } }\n}"): typeof import('./graphql').AvailableSlotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddClosure($input: AddClosureInput!) {\n  addClosure(input: $input) { __typename ... on CapacityChange { closure { id date } affectedAppointments { number start } } ... on ErrorResult { code message } }\n}"): typeof import('./graphql').AddClosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateCapacityRule($input: UpdateCapacityRuleInput!) {\n  updateCapacityRule(input: $input) { __typename ... on CapacityChange { affectedAppointments { number } } ... on ErrorResult { code message } ... on InvalidInput { problems } }\n}"): typeof import('./graphql').UpdateCapacityRuleDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
