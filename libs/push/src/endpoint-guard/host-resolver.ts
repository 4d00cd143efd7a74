import { lookup } from 'node:dns/promises';

/** Every address a host name resolves to. Injected so tests can make a name resolve anywhere. */
export type HostResolver = (hostname: string) => Promise<string[]>;

/** The system resolver (getaddrinfo), as the HTTPS agent uses it: all addresses, both families. */
export const systemResolver: HostResolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);
