/** An office's postal address as the API gives it. */
export interface PostalAddress {
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
}

/** The address on one line, as Berlin writes it: "Street 1, 10115 Berlin". */
export function addressLine(address: PostalAddress): string {
  return `${address.street} ${address.houseNumber}, ${address.postalCode} ${address.city}`;
}
