/** The body of every 4xx/5xx answer from the api. */
export interface ApiErrorBody {
  statusCode: number;
  /** Stable machine-readable code, e.g. `invalid_credentials`, `validation_failed`. */
  code: string;
  /** Human-readable message that says what was wrong with the request. */
  message: string;
  /** Per-field problems for validation failures. */
  details?: string[];
  requestId?: string;
}
