import { BlockList, isIP } from 'node:net';

// Beside the sender rather than in domain/: the address rules lean on node:net's parser, which the domain may not import.

/** Addresses no outgoing webhook may reach in production: loopback, private, link-local (cloud metadata), shared, multicast, reserved. */
const internal = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  internal.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
] as const)
  internal.addSubnet(network, prefix, 'ipv6');

/** Whether an IP address is one outgoing webhooks must not reach in production (IPv4 mapped into IPv6 counts as its IPv4 address). */
export function isInternalAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return internal.check(mapped[1], 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return internal.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * Why an endpoint URL is refused, or null. In production only https to public addresses (the
 * sender checks each resolved address again, so a name that resolves inward later is refused
 * then); elsewhere http too, to any address, so that tests and local setups receive on 127.0.0.1.
 */
export function endpointUrlProblem(text: string, production: boolean): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'The URL is not a valid absolute URL.';
  }
  if (url.username || url.password) return 'The URL must not carry a user name or password.';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && !production)) return production ? 'The URL must use https.' : 'The URL must use https or http.';
  if (!production) return null;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) !== 0 && isInternalAddress(host)) return 'The URL must not point to a private, loopback or link-local address.';
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.internal') || host.endsWith('.local')) return 'The URL must name a public host.';
  return null;
}
