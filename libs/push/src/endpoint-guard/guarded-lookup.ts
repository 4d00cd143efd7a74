import type { LookupAddress, LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import { systemResolver, type HostResolver } from './host-resolver.js';
import { isAcceptableAddress } from './push-endpoint.policy.js';

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
export type GuardedLookup = (hostname: string, options: LookupOptions, callback: LookupCallback) => void;

/** Error code a refused connect-time resolution carries; the outcome classifier maps it to a permanent failure. */
export const PRIVATE_ADDRESS_ERROR_CODE = 'EPUSHPRIVATEADDRESS';

/**
 * A `lookup` for the push agents that re-checks at connect time what the subscribe-time check saw, so a name that
 * later resolves to a private address (DNS rebinding) is refused before a socket opens. With `allowLoopback`, only
 * `localhost` may resolve to loopback.
 */
export function createGuardedLookup(options: { allowLoopback?: boolean; resolve?: HostResolver } = {}): GuardedLookup {
  const resolve = options.resolve ?? systemResolver;
  return (hostname, lookupOptions, callback) => {
    const host = hostname.toLowerCase().replace(/\.$/, '');
    const loopback = options.allowLoopback === true && host === 'localhost';
    resolve(host).then(
      (addresses) => {
        const refused = addresses.find((address) => !isAcceptableAddress(address, loopback));
        if (addresses.length === 0 || refused !== undefined) {
          const err: NodeJS.ErrnoException = new Error(
            refused === undefined ? `${host} does not resolve` : `${host} resolves to a private or reserved address (${refused})`,
          );
          err.code = addresses.length === 0 ? 'ENOTFOUND' : PRIVATE_ADDRESS_ERROR_CODE;
          callback(err, '', 0);
          return;
        }
        const wanted = lookupOptions.family === 4 || lookupOptions.family === 6 ? lookupOptions.family : 0;
        const entries = addresses
          .map((address) => ({ address, family: isIP(address) }))
          .filter((entry) => wanted === 0 || entry.family === wanted);
        if (entries.length === 0) {
          const err: NodeJS.ErrnoException = new Error(`${host} has no IPv${wanted} address`);
          err.code = 'ENOTFOUND';
          callback(err, '', 0);
          return;
        }
        if (lookupOptions.all) callback(null, entries);
        else callback(null, entries[0]!.address, entries[0]!.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, '', 0),
    );
  };
}

