import { useEffect, useState } from 'react';
import type { HazardPhoto } from '@app/contracts';
import { useI18n } from '../i18n/i18n.context.js';
import { useSessionStore } from '../session/session.context.js';
import { fetchAuthorized } from './authorized-file.js';

/** A report's photos: fetched with the staff token (an <img> cannot send it) and shown through object URLs. */
export function ReportPhotos({ photos }: { photos: readonly HazardPhoto[] }) {
  const { t } = useI18n();
  const store = useSessionStore();
  const [shown, setShown] = useState(false);
  const [urls, setUrls] = useState<Record<string, string | null>>({});
  // A live update brings a new report object with the same photos: fetch again only when the photos change.
  const wanted = photos.map((p) => `${p.id} ${p.url}`).join('\n');

  useEffect(() => {
    if (!shown) return;
    let live = true;
    const made: string[] = [];
    for (const line of wanted ? wanted.split('\n') : []) {
      const [id, url] = line.split(' ') as [string, string];
      fetchAuthorized(store, url).then(
        (blob) => {
          if (!live) return;
          const objectUrl = URL.createObjectURL(blob);
          made.push(objectUrl);
          setUrls((u) => ({ ...u, [id]: objectUrl }));
        },
        () => live && setUrls((u) => ({ ...u, [id]: null })),
      );
    }
    return () => {
      live = false;
      made.forEach((url) => URL.revokeObjectURL(url));
      setUrls({});
    };
  }, [shown, wanted, store]);

  if (photos.length === 0) return <p className="ops-list__meta">{t('ops.report.noPhotos')}</p>;
  if (!shown) {
    return (
      <button type="button" className="button button--outline" onClick={() => setShown(true)} data-testid="report-photos-show">
        {t('ops.report.showPhotos', { count: photos.length })}
      </button>
    );
  }
  return (
    <ul className="ops-photos" data-testid="report-photos">
      {photos.map((photo, i) => {
        const url = urls[photo.id];
        return (
          <li key={photo.id}>
            {url === null && <p className="notice notice--error">{t('ops.report.photoFailed')}</p>}
            {url === undefined && <p className="panel__empty">{t('app.loading')}</p>}
            {url && (
              <a href={url} target="_blank" rel="noopener">
                <img src={url} alt={t('ops.report.photoAlt', { n: i + 1 })} width={photo.width ?? undefined} height={photo.height ?? undefined} data-testid="report-photo" />
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
}
