/** What kind of failure a domain error is; the api maps each kind to one HTTP status in a single filter. */
export type DomainErrorKind =
  | 'invalid' // 400: the input is wrong
  | 'unauthenticated' // 401
  | 'forbidden' // 403: the caller may not do this
  | 'not_found' // 404
  | 'conflict' // 409: the state does not allow it
  | 'unprocessable' // 422: well-formed but unacceptable content
  | 'rate_limited' // 429
  | 'unavailable'; // 503

/** An error with a stable code and a message that tells the user what was wrong. */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly details?: string[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
