import * as client from 'openid-client';

/** The issuer could not be discovered: unreachable, no discovery document, or one that is not its own. */
export class DiscoveryFailed extends Error {}

/** What openid-client needs to talk to one organisation's provider. */
export interface ProviderEndpoint {
  id: string;
  issuer: string;
  clientId: string;
  clientSecret: string | null;
  updatedAt: Date;
}

/** How long a discovered configuration is used before the provider's document is read again (keys rotate, endpoints move). */
const discoveryTtlMs = 10 * 60_000;
const requestTimeoutSeconds = 10;

/**
 * openid-client configurations, discovered once per provider and process. Only a cache: every
 * process discovers for itself, and a changed provider (new updatedAt) is discovered anew.
 */
export class OidcClients {
  private readonly cache = new Map<string, { key: string; until: number; configuration: Promise<client.Configuration> }>();

  /** `allowHttp`: plain http issuers, for tests and development only. */
  constructor(private readonly allowHttp: boolean) {}

  /** Whether an issuer URL may be used here: https, or http where allowed. */
  acceptsIssuer(issuer: string): boolean {
    try {
      const url = new URL(issuer);
      return (url.protocol === 'https:' || (this.allowHttp && url.protocol === 'http:')) && !url.search && !url.hash && !url.username && !url.password;
    } catch {
      return false;
    }
  }

  /** Reads the issuer's discovery document and checks it names that issuer; DiscoveryFailed otherwise. */
  async discover(issuer: string, clientId: string, clientSecret: string | null): Promise<client.Configuration> {
    if (!this.acceptsIssuer(issuer)) throw new DiscoveryFailed('The issuer must be an https URL without query or fragment.');
    const insecure = new URL(issuer).protocol === 'http:';
    // The spec's default is client_secret_basic; a client without a secret is public and proves itself with PKCE alone.
    const authentication = clientSecret ? client.ClientSecretBasic(clientSecret) : client.None();
    try {
      return await client.discovery(new URL(issuer), clientId, clientSecret ?? undefined, authentication, {
        timeout: requestTimeoutSeconds,
        ...(insecure ? { execute: [client.allowInsecureRequests] } : {}),
      });
    } catch (error) {
      throw new DiscoveryFailed(describe(error));
    }
  }

  /** The configuration of a stored provider, from the cache while it is fresh. */
  configuration(provider: ProviderEndpoint, now = Date.now()): Promise<client.Configuration> {
    const key = `${provider.issuer} ${provider.clientId} ${provider.updatedAt.getTime()}`;
    const cached = this.cache.get(provider.id);
    if (cached && cached.key === key && cached.until > now) return cached.configuration;
    const configuration = this.discover(provider.issuer, provider.clientId, provider.clientSecret);
    this.cache.set(provider.id, { key, until: now + discoveryTtlMs, configuration });
    // A failed discovery is not kept: the next sign-in tries again.
    configuration.catch(() => {
      if (this.cache.get(provider.id)?.configuration === configuration) this.cache.delete(provider.id);
    });
    return configuration;
  }
}

/** A reason for an admin, without the secret or tokens: openid-client's messages name the check that failed. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return 'discovery failed';
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${cause}`.slice(0, 300);
}
