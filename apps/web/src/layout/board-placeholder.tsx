import { useId } from 'react';
import type { MessageKey } from '../i18n/catalogues.js';
import { useI18n } from '../i18n/i18n.context.js';

/** The frame of a board that later work fills in: its title, what it will show, and that it is not there yet. */
export function BoardPlaceholder({ title, body }: { title: MessageKey; body: MessageKey }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <section className="board" aria-labelledby={id}>
      <h2 id={id} className="board__title">
        {t(title)}
      </h2>
      <p className="board__body">{t(body)}</p>
      <p className="board__status">{t('board.notYetAvailable')}</p>
    </section>
  );
}
