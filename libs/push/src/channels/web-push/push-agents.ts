import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { createGuardedLookup } from '../../endpoint-guard/guarded-lookup.js';
import type { HostResolver } from '../../endpoint-guard/host-resolver.js';

export interface PushAgents {
  https: HttpsAgent;
  /** Only for loopback test and benchmark push services, when loopback is explicitly allowed. */
  http: HttpAgent | undefined;
  destroy(): void;
}

/**
 * Keep-alive agents shared by every send of a process (a TLS handshake per message would cost more than the
 * encryption). Their `lookup` refuses private addresses at connect time.
 */
export function createPushAgents(options: {
  maxSockets: number;
  allowLoopback?: boolean;
  resolve?: HostResolver;
  /** Extra trusted certificate authority (PEM), for a local TLS test service; production uses the system store. */
  ca?: string;
}): PushAgents {
  const lookup = createGuardedLookup({ allowLoopback: options.allowLoopback, resolve: options.resolve });
  const common = { keepAlive: true, keepAliveMsecs: 30_000, maxSockets: options.maxSockets, maxFreeSockets: options.maxSockets, scheduling: 'lifo' as const, lookup };
  const https = new HttpsAgent(options.ca ? { ...common, ca: options.ca } : common);
  const http = options.allowLoopback ? new HttpAgent(common) : undefined;
  return {
    https,
    http,
    destroy() {
      https.destroy();
      http?.destroy();
    },
  };
}
