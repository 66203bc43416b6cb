/** A browser's part of Web Push for the heads-up: the service worker, the permission and the subscription. */

/** Whether this browser offers Web Push at all (a service worker and a PushManager, in a secure context). */
export function browserCanPush(): boolean {
  return window.isSecureContext && 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

/** The VAPID public key as PushManager.subscribe takes it (base64url to bytes). */
export function applicationServerKey(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(base64url.length / 4) * 4, '=');
  return Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
}

export interface BrowserSubscription {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/** Asks for the permission, registers the portal's service worker and subscribes; 'denied' when the citizen or the browser says no. */
export async function subscribeThisBrowser(serverKey: Uint8Array<ArrayBuffer>): Promise<BrowserSubscription | 'denied'> {
  if ((await Notification.requestPermission()) !== 'granted') return 'denied';
  await navigator.serviceWorker.register(`${import.meta.env.BASE_URL}heads-up-sw.js`, { scope: import.meta.env.BASE_URL });
  const registration = await navigator.serviceWorker.ready;
  const subscription = (await registration.pushManager.getSubscription()) ?? (await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: serverKey }));
  const { endpoint, keys } = subscription.toJSON();
  if (!endpoint || !keys?.p256dh || !keys.auth) throw new Error('the browser gave an incomplete subscription');
  return { endpoint, p256dh: keys.p256dh, auth: keys.auth };
}
