import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  HAZARD_CATEGORIES,
  HAZARD_DESCRIPTION_MAX,
  HAZARD_PHOTOS_MAX,
  HAZARD_SEVERITIES,
  type AreaFeature,
  type CreateHazardReportRequest,
  type FieldTask,
} from '@app/contracts';
import type { MessageKey } from '../i18n/catalogues.js';
import { useI18n } from '../i18n/i18n.context.js';
import { EMPTY_REPORT, checkReport, hasProblems, reportRequest, type FieldProblems, type ReportDraft, type ReportField } from './field-forms.model.js';
import { LocationPicker } from './location-picker.js';
import type { OutboxItem } from './outbox.model.js';
import { PhotoTooLargeError, resizePhoto } from './photo-resize.js';
import type { FieldOutbox } from './use-field-outbox.js';

interface Photo {
  key: string;
  blob: Blob;
  url: string;
}

function photoOf(blob: Blob): Photo {
  return { key: crypto.randomUUID(), blob, url: URL.createObjectURL(blob) };
}

/** A refused report brought back into the form to be corrected. */
function draftFrom(item: OutboxItem | undefined): { draft: ReportDraft; photos: Blob[] } {
  const report = item?.request.multipart?.report as CreateHazardReportRequest | undefined;
  if (!report) return { draft: EMPTY_REPORT, photos: [] };
  const photos = item?.request.multipart?.photos ?? [];
  return {
    draft: {
      category: report.category,
      severity: report.severity,
      description: report.description,
      location: report.location ? { lat: report.location.lat, lon: report.location.lon, accuracyMeters: report.location.accuracyMeters, source: 'typed' } : null,
      taskId: report.taskId ?? '',
      photoCount: photos.length,
    },
    photos,
  };
}

/**
 * The hazard report: category, severity, description, location, an optional task, up to four photos made small on
 * the phone. Saving puts it in the outbox, which sends it now or when the network returns.
 */
export function ReportForm({ outbox, areas, tasks, fixing, onFixed }: { outbox: FieldOutbox; areas: AreaFeature[]; tasks: FieldTask[]; fixing?: OutboxItem; onFixed: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const initial = useState(() => draftFrom(fixing))[0];
  const [draft, setDraft] = useState<ReportDraft>(initial.draft);
  const [photos, setPhotos] = useState<Photo[]>(() => initial.photos.map(photoOf));
  const [problems, setProblems] = useState<FieldProblems<ReportField>>({});
  const [photoNote, setPhotoNote] = useState<MessageKey | undefined>();
  const [preparing, setPreparing] = useState(0);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const photosRef = useRef(photos);
  photosRef.current = photos;

  useEffect(() => () => photosRef.current.forEach((p) => URL.revokeObjectURL(p.url)), []);

  const update = (change: Partial<ReportDraft>) => {
    setDraft((d) => ({ ...d, ...change }));
    setSaved(false);
  };

  async function addPhotos(files: FileList | null) {
    if (!files) return;
    const room = HAZARD_PHOTOS_MAX - photosRef.current.length;
    const chosen = [...files].slice(0, Math.max(0, room));
    setPhotoNote(undefined);
    setSaved(false);
    for (const file of chosen) {
      setPreparing((n) => n + 1);
      try {
        const blob = await resizePhoto(file);
        setPhotos((current) => (current.length < HAZARD_PHOTOS_MAX ? [...current, photoOf(blob)] : current));
      } catch (err) {
        setPhotoNote(err instanceof PhotoTooLargeError ? 'field.report.photoTooLarge' : 'field.report.photoUnreadable');
      } finally {
        setPreparing((n) => n - 1);
      }
    }
    if (fileInput.current) fileInput.current.value = '';
  }

  function removePhoto(key: string) {
    setPhotos((current) => {
      const gone = current.find((p) => p.key === key);
      if (gone) URL.revokeObjectURL(gone.url);
      return current.filter((p) => p.key !== key);
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || preparing > 0) return;
    const complete = { ...draft, photoCount: photos.length };
    const found = checkReport(complete);
    setProblems(found);
    if (hasProblems(found)) return;
    setBusy(true);
    try {
      const clientId = crypto.randomUUID();
      const report = reportRequest(complete, clientId, new Date());
      await outbox.enqueue({
        id: clientId,
        kind: 'report',
        label: { what: report.category, detail: report.description.slice(0, 80), photos: photos.length },
        request: { path: '/api/reports', multipart: { report, photos: photos.map((p) => p.blob) } },
      });
      if (fixing) {
        await outbox.discard(fixing.id);
        onFixed();
      }
      photos.forEach((p) => URL.revokeObjectURL(p.url));
      setPhotos([]);
      setDraft(EMPTY_REPORT);
      setSaved(true);
    } finally {
      setBusy(false);
    }
  }

  const left = HAZARD_DESCRIPTION_MAX - draft.description.length;
  const openTasks = tasks.filter((task) => task.state !== 'done' && task.state !== 'cannot-complete');
  return (
    <form className="form field-form" onSubmit={submit} noValidate data-testid="report-form">
      {fixing && (
        <p className="notice notice--info" data-testid="report-fixing">
          <span className="notice__symbol" aria-hidden="true" />
          <span>{t('field.report.fixing')}</span>
        </p>
      )}
      <fieldset className="field-choices" aria-invalid={!!problems.category}>
        <legend>{t('field.report.category')}</legend>
        <div className="field-choices__grid">
          {HAZARD_CATEGORIES.map((category) => (
            <label key={category} className={`field-chip${draft.category === category ? ' field-chip--on' : ''}`}>
              <input type="radio" name={`${id}-category`} value={category} checked={draft.category === category} onChange={() => update({ category })} data-testid={`report-category-${category}`} />
              <span>{t(`field.report.category.${category}`)}</span>
            </label>
          ))}
        </div>
        {problems.category && <p className="field-problem" data-testid="field-problem">{t(problems.category)}</p>}
      </fieldset>

      <fieldset className="field-choices" aria-invalid={!!problems.severity}>
        <legend>{t('field.report.severity')}</legend>
        <div className="field-choices__grid field-choices__grid--four">
          {HAZARD_SEVERITIES.map((severity) => (
            <label key={severity} className={`field-chip field-chip--severity-${severity}${draft.severity === severity ? ' field-chip--on' : ''}`}>
              <input type="radio" name={`${id}-severity`} value={severity} checked={draft.severity === severity} onChange={() => update({ severity })} data-testid={`report-severity-${severity}`} />
              <span>{t(`field.report.severity.${severity}`)}</span>
            </label>
          ))}
        </div>
        {problems.severity && <p className="field-problem" data-testid="field-problem">{t(problems.severity)}</p>}
      </fieldset>

      <div className="form__field">
        <label htmlFor={`${id}-description`}>{t('field.report.description')}</label>
        <textarea
          id={`${id}-description`}
          rows={4}
          maxLength={HAZARD_DESCRIPTION_MAX}
          value={draft.description}
          onChange={(e) => update({ description: e.target.value })}
          aria-invalid={!!problems.description}
          data-testid="report-description"
        />
        <p className="form__hint">{t('field.report.descriptionLeft', { count: left })}</p>
        {problems.description && <p className="field-problem" data-testid="field-problem">{t(problems.description)}</p>}
      </div>

      <LocationPicker value={draft.location} onChange={(location) => update({ location })} areas={areas} problem={problems.location} testId="report-location" />

      {openTasks.length > 0 && (
        <div className="form__field">
          <label htmlFor={`${id}-task`}>{t('field.report.task')}</label>
          <select id={`${id}-task`} value={draft.taskId} onChange={(e) => update({ taskId: e.target.value })} data-testid="report-task">
            <option value="">{t('field.report.noTask')}</option>
            {openTasks.map((task) => (
              <option key={task.id} value={task.id}>
                {task.title}
              </option>
            ))}
          </select>
        </div>
      )}

      <fieldset className="field-photos">
        <legend>{t('field.report.photos', { max: HAZARD_PHOTOS_MAX })}</legend>
        {photos.length > 0 && (
          <ul className="field-photos__list">
            {photos.map((photo, i) => (
              <li key={photo.key} className="field-photos__item" data-testid="report-photo">
                <img src={photo.url} alt={t('field.report.photoAlt', { n: i + 1 })} />
                <button type="button" className="button button--outline" onClick={() => removePhoto(photo.key)} aria-label={t('field.report.removePhoto', { n: i + 1 })}>
                  {'×'}
                </button>
              </li>
            ))}
          </ul>
        )}
        {preparing > 0 && <p role="status">{t('field.report.photoPreparing')}</p>}
        {photoNote && <p className="field-problem" role="alert">{t(photoNote)}</p>}
        {problems.photos && <p className="field-problem" data-testid="field-problem">{t(problems.photos)}</p>}
        <input
          ref={fileInput}
          type="file"
          accept="image/*"
          capture="environment"
          multiple
          hidden
          onChange={(e) => void addPhotos(e.target.files)}
          data-testid="report-photo-input"
        />
        <button
          type="button"
          className="button button--outline button--block"
          onClick={() => fileInput.current?.click()}
          disabled={photos.length >= HAZARD_PHOTOS_MAX}
          data-testid="report-add-photo"
        >
          {t('field.report.addPhoto')}
        </button>
      </fieldset>

      {hasProblems(problems) && (
        <p className="notice notice--error" role="alert" data-testid="report-problems">
          <span className="notice__symbol" aria-hidden="true" />
          <span>{t('field.report.problems')}</span>
        </p>
      )}
      {saved && (
        <p className="notice notice--success" role="status" data-testid="report-saved">
          <span className="notice__symbol" aria-hidden="true" />
          <span>{t('field.report.saved')}</span>
        </p>
      )}
      <button type="submit" className="button button--primary button--block field-submit" disabled={busy || preparing > 0} data-testid="report-submit">
        {t('field.report.submit')}
      </button>
    </form>
  );
}
