import type { MessageKey } from '../i18n/catalogues.js';
import { useI18n } from '../i18n/i18n.context.js';

export function LoadingScreen({ message }: { message: MessageKey }) {
  const { t } = useI18n();
  return (
    <main id="main" className="loading-screen" aria-busy="true">
      <p role="status">{t(message)}</p>
    </main>
  );
}
