/** Several persons per service (issue 20): what the booking steps send and show of the quantities. */

/** A chosen service as the draft keeps it; drafts from before quantities have none, meaning one person. */
export interface ServiceWithPersons {
  id: string;
  quantity?: number;
}

/** The API's input: each service with the persons it is for, in the order chosen. */
export function servicesInput(services: readonly ServiceWithPersons[]): { serviceId: string; quantity: number }[] {
  return services.map((service) => ({ serviceId: service.id, quantity: service.quantity ?? 1 }));
}

/** How many persons the booking is for: the most any service is chosen for. */
export function personsOf(services: readonly ServiceWithPersons[]): number {
  return services.reduce((most, service) => Math.max(most, service.quantity ?? 1), 0);
}

/** The choices of a quantity field, 1..max. */
export function personChoices(max: number): number[] {
  return Array.from({ length: Math.max(1, max) }, (_, index) => index + 1);
}

/** The services with no quantity above `max` (an office that books fewer persons); null when none was above. */
export function clampedTo<T extends ServiceWithPersons>(services: readonly T[], max: number): T[] | null {
  if (services.every((service) => (service.quantity ?? 1) <= max)) return null;
  return services.map((service) => ((service.quantity ?? 1) > max ? { ...service, quantity: max } : service));
}
