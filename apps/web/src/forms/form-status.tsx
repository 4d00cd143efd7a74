import type { MessageKey } from '../i18n/catalogues.js';
import { useI18n } from '../i18n/i18n.context.js';
import type { FormProblem } from './form-problem.js';

/** What became of a form's last submission: an error with the api's reason, or a short confirmation. */
export function FormStatus({ problem, done, id }: { problem: FormProblem | undefined; done: MessageKey | undefined; id?: string }) {
  const { t } = useI18n();
  if (problem) {
    return (
      <div id={id} className="notice notice--error" role="alert" data-testid="form-error">
        <span className="notice__symbol" aria-hidden="true" />
        <div>
          <p className="notice__text">{t(problem.key, { code: problem.code ?? '' })}</p>
          {problem.detail && <p className="notice__detail">{problem.detail}</p>}
        </div>
      </div>
    );
  }
  if (done) {
    return (
      <p id={id} className="notice notice--success" role="status" data-testid="form-done">
        <span className="notice__symbol" aria-hidden="true" />
        {t(done)}
      </p>
    );
  }
  return null;
}
