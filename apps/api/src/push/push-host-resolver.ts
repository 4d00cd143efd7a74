import { systemResolver, type HostResolver } from '@app/push';

/** Injection token for the DNS lookup the endpoint guard uses; tests substitute a fixed table. */
export const PUSH_HOST_RESOLVER = Symbol('PUSH_HOST_RESOLVER');

export const pushHostResolverProvider = { provide: PUSH_HOST_RESOLVER, useValue: systemResolver as HostResolver };
