import { Alarm } from '../modules/alarms/alarm.entity';
import { ApiKey, Device, Role, RoleAssignment, StaffAccount, StaffSession } from '../modules/accounts/account.entity';
import { Department } from '../modules/catalog/department.entity';
import { ExternalIdentity, IdentityProvider, IdentityProviderMapping, OidcPendingLogin, OidcSession } from '../modules/accounts/oidc/oidc.entity';
import { AuditEntry } from '../modules/audit/audit-entry.entity';
import { Appointment, AppointmentService } from '../modules/booking/appointment.entity';
import { AppointmentDetail, BookingField, BookingFormSettings } from '../modules/booking/custom-fields.entity';
import { InternalNote } from '../modules/notes/notes.entity';
import { MaintenanceMode } from '../modules/maintenance/maintenance.entity';
import { ServiceRelease } from '../modules/draw/release-mode.entity';
import { CapacityRule } from '../modules/capacity/capacity-rule.entity';
import { Closure } from '../modules/capacity/closure.entity';
import { OrganisationHoliday } from '../modules/capacity/organisation-holiday.entity';
import { Counter } from '../modules/catalog/counter.entity';
import { OfficeGroup } from '../modules/catalog/office-group.entity';
import { Address, Office, OfficeSettings } from '../modules/catalog/office.entity';
import { LegalSettings, Organisation, OrganisationHost } from '../modules/catalog/organisation.entity';
import { OfficeService, SearchSynonym, Service, ServiceTranslation } from '../modules/catalog/service.entity';
import { MessageTemplate, OfficeMessageSettings } from '../modules/notifications/message-template.entity';
import { OutboxMessage } from '../modules/notifications/outbox.entity';
import { TicketContact, TicketPushSubscription } from '../modules/notifications/ticket-contact.entity';
import { CounterSession, QueueCall, QueueEntry, QueueStatistic, TicketDay } from '../modules/queue/queue.entity';
import { SlotClaim } from '../modules/slots/slot-claim.entity';
import { Slot } from '../modules/slots/slot.entity';
import { WaitlistEntry, WaitlistOffer } from '../modules/waitlist/waitlist.entity';
import { DrawOffer, DrawRecord, DrawRegistration } from '../modules/draw/draw.entity';
import { WebhookAttempt, WebhookBookingOrigin, WebhookDelivery, WebhookEndpoint } from '../modules/webhooks/webhook.entity';
import { Job } from '../platform/jobs/job.entity';

/** Every entity of every module: the ORM discovers these and no others (esbuild emits no metadata to find them by). */
export const entities = [
  Organisation,
  LegalSettings,
  Office,
  Address,
  OfficeSettings,
  Service,
  ServiceTranslation,
  SearchSynonym,
  OfficeService,
  Counter,
  OfficeGroup,
  CapacityRule,
  Closure,
  OrganisationHoliday,
  Slot,
  Appointment,
  AppointmentService,
  BookingField,
  BookingFormSettings,
  AppointmentDetail,
  InternalNote,
  SlotClaim,
  Job,
  StaffAccount,
  Role,
  RoleAssignment,
  Department,
  OrganisationHost,
  StaffSession,
  ApiKey,
  Device,
  IdentityProvider,
  IdentityProviderMapping,
  OidcPendingLogin,
  ExternalIdentity,
  OidcSession,
  AuditEntry,
  QueueEntry,
  TicketDay,
  CounterSession,
  QueueCall,
  QueueStatistic,
  OutboxMessage,
  TicketContact,
  TicketPushSubscription,
  MessageTemplate,
  OfficeMessageSettings,
  WaitlistEntry,
  WaitlistOffer,
  DrawRecord,
  DrawRegistration,
  DrawOffer,
  WebhookEndpoint,
  WebhookDelivery,
  WebhookAttempt,
  WebhookBookingOrigin,
  Alarm,
  MaintenanceMode,
  ServiceRelease,
];
