/**
 * Booking a service for several persons (Berlin's ZMS: a family books one appointment): each
 * person needs the service's slots again, so the appointment's chain of back-to-back slots grows
 * with the quantities, and an office books at most its `maxPersonsPerService` per service.
 */

/** One service of a booking and how many persons it is for. */
export interface ServiceQuantity {
  serviceId: string;
  quantity: number;
}

/** What a request names: `serviceIds` (one person each, kept for older clients) or `services` with quantities. */
export interface ServiceSelection {
  serviceIds?: readonly string[] | null;
  services?: readonly ServiceQuantity[] | null;
}

/** A broken rule of one input field, with the range it must lie in. */
export interface QuantityProblem {
  field: string;
  message: string;
  min?: number;
  max?: number;
}

/** The most persons any office may take per service (the office setting's upper bound). */
export const mostPersonsPerService = 10;

/** The selection as services with quantities, or why it cannot be read as one. */
export function selectedServices(selection: ServiceSelection): { services: ServiceQuantity[] } | { problems: QuantityProblem[] } {
  const { serviceIds, services } = selection;
  if ((serviceIds == null) === (services == null)) {
    return { problems: [{ field: 'services', message: 'Give either serviceIds or services, not both and not neither.' }] };
  }
  if (serviceIds != null) return { services: serviceIds.map((serviceId) => ({ serviceId, quantity: 1 })) };
  const problems: QuantityProblem[] = [];
  const seen = new Set<string>();
  services!.forEach((service, index) => {
    if (seen.has(service.serviceId)) problems.push({ field: `services[${index}].serviceId`, message: `services[${index}] names a service already given; raise its quantity instead.` });
    seen.add(service.serviceId);
  });
  problems.push(...personsProblems(services!, mostPersonsPerService));
  return problems.length > 0 ? { problems } : { services: [...services!] };
}

/** Quantities outside 1..maxPersons (an office's maxPersonsPerService), each named by its field. */
export function personsProblems(services: readonly ServiceQuantity[], maxPersons: number): QuantityProblem[] {
  return services.flatMap((service, index) =>
    Number.isInteger(service.quantity) && service.quantity >= 1 && service.quantity <= maxPersons
      ? []
      : [{ field: `services[${index}].quantity`, message: `services[${index}].quantity must be between 1 and ${maxPersons} persons.`, min: 1, max: maxPersons }],
  );
}

/** Slots one service takes in an appointment: its slots per person, once for every person. */
export function serviceSlots(slotsPerPerson: number, quantity: number): number {
  return slotsPerPerson * quantity;
}

/** How many back-to-back slots an appointment needs for its services and their quantities. */
export function chainLength(services: readonly { slotsPerPerson: number; quantity: number }[]): number {
  return services.reduce((sum, service) => sum + serviceSlots(service.slotsPerPerson, service.quantity), 0);
}

/** How many persons an appointment is for: the most any of its services is booked for. */
export function personsOf(services: readonly { quantity: number }[]): number {
  return services.reduce((most, service) => Math.max(most, service.quantity), 0);
}
