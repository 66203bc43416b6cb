import type { ApiClient } from './api';

export interface OfficeFixture {
  officeId: string;
  ruleId: string;
  /** A one-slot service, a two-slot service and one staff may book but the public may not. */
  shortServiceId: string;
  longServiceId: string;
  counterOnlyServiceId: string;
}

export interface RuleOptions {
  weekdays?: number[];
  startTime?: string;
  endTime?: string;
  validFrom?: string;
  publicCounters?: number;
  internCounters?: number;
  startInDays?: number;
  endInDays?: number;
  slotMinutes?: number;
}

/** Sets up an office through the admin API, as an office admin would. */
export async function createOffice(api: ApiClient, name: string, rule: RuleOptions = {}): Promise<OfficeFixture> {
  const { createOffice: office } = await api.admin(`mutation ($input: CreateOfficeInput!) { createOffice(input: $input) { ... on Office { id } } }`, {
    input: { name, address: { street: 'Teststraße', houseNumber: '1', postalCode: '10115' } },
  });
  const service = async (serviceName: string, durationSlots: number, bookableOnline: boolean) => {
    const { createService } = await api.admin(`mutation ($input: CreateServiceInput!) { createService(input: $input) { ... on Service { id } } }`, { input: { name: serviceName } });
    await api.admin(`mutation ($input: SetOfficeServiceInput!) { setOfficeService(input: $input) { __typename } }`, {
      input: { officeId: office.id, serviceId: createService.id, durationSlots, bookableOnline },
    });
    return createService.id as string;
  };
  const shortServiceId = await service(`${name}: Anmeldung`, 1, true);
  const longServiceId = await service(`${name}: Reisepass`, 2, true);
  const counterOnlyServiceId = await service(`${name}: Beglaubigung`, 1, false);
  const { createCapacityRule } = await api.admin(`mutation ($input: CreateCapacityRuleInput!) { createCapacityRule(input: $input) { __typename ... on CapacityChange { rule { id } } ... on InvalidInput { problems } } }`, {
    input: {
      officeId: office.id,
      weekdays: rule.weekdays ?? [1, 2, 3, 4, 5],
      startTime: rule.startTime ?? '08:00',
      endTime: rule.endTime ?? '12:00',
      validFrom: rule.validFrom ?? '2026-01-01',
      publicCounters: rule.publicCounters ?? 2,
      internCounters: rule.internCounters ?? 3,
      startInDays: rule.startInDays ?? 1,
      endInDays: rule.endInDays ?? 14,
      slotMinutes: rule.slotMinutes ?? 10,
    },
  });
  if (createCapacityRule.__typename !== 'CapacityChange') throw new Error(`capacity rule refused: ${JSON.stringify(createCapacityRule)}`);
  return { officeId: office.id, ruleId: createCapacityRule.rule.id, shortServiceId, longServiceId, counterOnlyServiceId };
}
