export { connectToApi, type ApiConnection, type ApiConnectionOptions } from './apollo';
export { createI18n, useI18n, locales, type I18n, type Locale, type Translations } from './i18n';
export { describeProblem, type ProblemDescription, type RequestErrorCode } from './errors';
export { default as LanguageSwitch } from './LanguageSwitch.vue';
export type { ErrorCode } from './generated/enums';
export { useDeviceKey, deviceKeyFromFragment, deviceKeyInjection, isDeviceKey, type DeviceKey } from './device-key';
export { deviceMessages } from './device-messages';
export { default as DeviceSetup } from './DeviceSetup.vue';
export { isRefusal, useDeviceStart } from './device-start';
