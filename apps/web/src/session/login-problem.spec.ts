import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/catalogues.js';
import { ApiRequestError, NetworkError, requestJson } from './auth-api.js';
import { loginProblemFor } from './login-problem.js';

const answer = (status: number, body: unknown) => (async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;

describe('sign-in problems', () => {
  it('reads the api error body and names wrong credentials in every language', async () => {
    const err = await requestJson(answer(401, { statusCode: 401, code: 'invalid_credentials', message: 'The username or password is wrong.' }), 'POST', '/api/auth/login').catch((e) => e);
    expect(err).toBeInstanceOf(ApiRequestError);
    const problem = loginProblemFor(err);
    expect(problem.key).toBe('login.error.invalidCredentials');
    expect(translate('zh-Hans', problem.key)).toBe('用户名或密码不正确。');
  });

  it('says to wait when rate-limited, also when the body is not the api shape', async () => {
    expect(loginProblemFor(new ApiRequestError(429, 'rate_limited', 'slow down')).key).toBe('login.error.rateLimited');
    const err = await requestJson(answer(429, 'Too Many Requests'), 'POST', '/api/auth/login').catch((e) => e);
    expect(loginProblemFor(err).key).toBe('login.error.rateLimited');
  });

  it('tells a network failure apart from a refusal', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const err = await requestJson(failing, 'POST', '/api/auth/login').catch((e) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect(loginProblemFor(err).key).toBe('login.error.network');
  });

  it('shows the code of any other failure', () => {
    expect(loginProblemFor(new ApiRequestError(400, 'validation_failed', 'x'))).toEqual({ key: 'login.error.generic', code: 'validation_failed' });
  });
});
