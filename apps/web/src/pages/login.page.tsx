import { useId, useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useI18n } from '../i18n/i18n.context.js';
import { PageHeading } from '../layout/page-heading.js';
import { usePageTitle } from '../layout/page-title.js';
import { loginProblemFor, type LoginProblem } from '../session/login-problem.js';
import { homePath, landingPath } from '../session/role-access.js';
import { useSession, useSessionStore } from '../session/session.context.js';

export function LoginPage() {
  const { t } = useI18n();
  const session = useSession();
  const store = useSessionStore();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<LoginProblem | undefined>();
  const usernameId = useId();
  const passwordId = useId();
  const errorId = useId();
  usePageTitle('login.title');

  if (session.status === 'authenticated' && !submitting) return <Navigate to={homePath(session.user.role)} replace />;

  const notice = session.status === 'anonymous' ? session.notice : undefined;

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (submitting) return;
    if (!username.trim() || !password) {
      setProblem({ key: 'login.error.missingFields' });
      return;
    }
    setSubmitting(true);
    setProblem(undefined);
    try {
      const user = await store.login(username.trim(), password);
      navigate(landingPath(user.role, from), { replace: true });
    } catch (err) {
      setProblem(loginProblemFor(err));
      setPassword('');
      setSubmitting(false);
    }
  }

  return (
    <div className="area area--login" data-testid="login-page">
      <div className="login-panel">
        <PageHeading>{t('login.title')}</PageHeading>
        <p className="lead">{t('login.intro')}</p>
        {notice && !problem && (
          <p className="notice notice--info" role="status" data-testid="login-notice">
            <span className="notice__symbol" aria-hidden="true" />
            {t(notice === 'signedOut' ? 'login.notice.signedOut' : 'login.notice.sessionEnded')}
          </p>
        )}
        {problem && (
          <p id={errorId} className="notice notice--error" role="alert" data-testid="login-error">
            <span className="notice__symbol" aria-hidden="true" />
            {t(problem.key, { code: problem.code ?? '' })}
          </p>
        )}
        <form className="form" onSubmit={onSubmit} noValidate aria-describedby={problem ? errorId : undefined}>
          <div className="form__field">
            <label htmlFor={usernameId}>{t('login.username')}</label>
            <input
              id={usernameId}
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              aria-invalid={problem ? true : undefined}
              required
            />
          </div>
          <div className="form__field">
            <label htmlFor={passwordId}>{t('login.password')}</label>
            <input
              id={passwordId}
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              aria-invalid={problem ? true : undefined}
              required
            />
          </div>
          <button type="submit" className="button button--primary button--block" disabled={submitting} data-testid="login-submit">
            {submitting ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
        <p className="login-panel__public">
          <Link to="/alerts">{t('login.publicLink')}</Link>
        </p>
      </div>
    </div>
  );
}
