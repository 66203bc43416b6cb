import type { OfficeAdministrationQuery } from '../gql/graphql';

/** The office as the administration pages read it. */
export type AdministeredOffice = NonNullable<OfficeAdministrationQuery['office']>;

export const weekdayNumbers = [1, 2, 3, 4, 5, 6, 7] as const;
