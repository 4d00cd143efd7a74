import { DomainError } from '@app/domain';

/** Why a subscription endpoint or key was refused; each code has its own message. */
export type PushEndpointErrorCode =
  | 'push_endpoint_invalid_url'
  | 'push_endpoint_not_https'
  | 'push_endpoint_credentials'
  | 'push_endpoint_ip_literal'
  | 'push_endpoint_host_not_allowed'
  | 'push_endpoint_private_address'
  | 'push_endpoint_unresolvable'
  | 'push_key_p256dh_invalid'
  | 'push_key_auth_invalid';

/** A refused push subscription: a 400 with a code that says which rule it broke. */
export class PushEndpointError extends DomainError {
  constructor(
    readonly code: PushEndpointErrorCode,
    message: string,
  ) {
    super('invalid', code, message);
    this.name = 'PushEndpointError';
  }
}
