import type { Role } from './roles.js';

/** What the api knows about the caller once a token has been verified. */
export interface AuthUser {
  id: string;
  username: string;
  role: Role;
  displayName: string;
}

export interface LoginRequest {
  username: string;
  password: string;
}

export interface TokenPair {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  refreshToken: string;
}

export interface LoginResponse extends TokenPair {
  user: AuthUser;
}

export interface RefreshRequest {
  refreshToken: string;
}
