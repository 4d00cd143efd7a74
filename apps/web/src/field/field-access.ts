/** How the field app gets a token to send with: from the live session, or, before it is restored, from IndexedDB. */
export interface FieldAccess {
  userId: string;
  displayName: string;
  /** A token to send with now; undefined when there is none usable. */
  token(): Promise<string | undefined>;
  /** After a refused token: get a new one; false when that is not possible now. */
  renew(): Promise<boolean>;
}
