import type { InjectionKey } from 'vue';

/**
 * Where the portal is, for the links a page hands out (the manage link): the page's own origin in
 * the portal, the API's in the booking widget, which runs on another site's page.
 */
export const portalOriginKey: InjectionKey<string> = Symbol('portal origin');
