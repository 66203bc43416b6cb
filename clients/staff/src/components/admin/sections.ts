import type { Component } from 'vue';
import ApiKeysSection from './ApiKeysSection.vue';
import AuditSection from './AuditSection.vue';
import BookingFormSection from './fields/BookingFormSection.vue';
import CapacitySection from './CapacitySection.vue';
import CatalogueSection from './CatalogueSection.vue';
import ClosuresSection from './ClosuresSection.vue';
import CountersSection from './CountersSection.vue';
import DevicesSection from './DevicesSection.vue';
import DrawsSection from './draws/DrawsSection.vue';
import GroupsSection from './GroupsSection.vue';
import OrganisationSection from './OrganisationSection.vue';
import ServicesSection from './ServicesSection.vue';
import SettingsSection from './SettingsSection.vue';
import StaffSection from './StaffSection.vue';
import MessagesSection from './messages/MessagesSection.vue';
import LegalSection from './LegalSection.vue';
import MaintenanceSection from './MaintenanceSection.vue';
import type { useAdministrationScope } from './administration-scope';

/** The sections of the administration, in the order of its navigation. */
export const adminSections = {
  settings: SettingsSection,
  capacity: CapacitySection,
  closures: ClosuresSection,
  services: ServicesSection,
  draws: DrawsSection,
  bookingForm: BookingFormSection,
  counters: CountersSection,
  groups: GroupsSection,
  devices: DevicesSection,
  staff: StaffSection,
  messages: MessagesSection,
  audit: AuditSection,
  organisation: OrganisationSection,
  apiKeys: ApiKeysSection,
  catalogue: CatalogueSection,
  legal: LegalSection,
  maintenance: MaintenanceSection,
} satisfies Record<string, Component>;
export type AdminSection = keyof typeof adminSections;

/** Sections of an organisation or of the platform rather than of one office: shown without waiting for the office. */
export const officeFreeSections: ReadonlySet<AdminSection> = new Set<AdminSection>(['organisation', 'apiKeys', 'catalogue', 'legal', 'maintenance']);

/** Whether the viewer sees a section: the organisation's and the platform's only those who may act there. */
export function sectionVisible(section: AdminSection, scope: Pick<ReturnType<typeof useAdministrationScope>, 'isAdmin' | 'holdsSomewhere' | 'holdsInOrganisation'>): boolean {
  if (scope.isAdmin.value) return true;
  switch (section) {
    case 'catalogue':
    case 'maintenance':
      return false;
    case 'legal':
      return scope.holdsSomewhere('manageOrganisation');
    case 'organisation':
      return scope.holdsSomewhere('manageOrganisation');
    case 'apiKeys':
      return scope.holdsInOrganisation('manageApiKeys');
    case 'messages':
    case 'draws':
      return scope.holdsSomewhere('manageOffice');
    default:
      return true;
  }
}
