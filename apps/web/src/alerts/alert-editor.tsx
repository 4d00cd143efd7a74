import { useEffect, useId, useMemo, useState } from 'react';
import {
  ALERT_CERTAINTIES,
  ALERT_RESPONSE_TYPES,
  ALERT_SEVERITIES,
  ALERT_URGENCIES,
  LANGUAGES,
  type AlertAudience,
  type AlertContent,
  type AlertProblem,
  type AlertResponseType,
  type AlertStatus,
  type Language,
} from '@app/contracts';
import { formProblemFor, type FormProblem } from '../forms/form-problem.js';
import { FormStatus } from '../forms/form-status.js';
import { LANGUAGE_ENDONYMS } from '../i18n/catalogues.js';
import { useI18n } from '../i18n/i18n.context.js';
import { fromMacauInputValue, toMacauInputValue } from '../signals/macau-time.js';
import {
  HEADLINE_MAX_CHARS,
  INFO_FIELDS,
  TEXT_MAX_CHARS,
  alertTone,
  charCount,
  isDrill,
  localProblems,
  problemsByPath,
  withDrillPrefix,
} from './alert-composer.model.js';
import type { EditableAlert } from './alerts-api.js';
import { AlertPeople } from './alert-people.js';
import { AreaMap } from './area-map.js';
import { AudienceLine } from './audience-line.js';
import { DrillBanner } from './drill-banner.js';
import { NotificationPreviews } from './notification-previews.js';
import type { AlertsDeskView } from './use-alerts-desk.js';

type Draft = Pick<AlertContent, 'status' | 'urgency' | 'severity' | 'certainty' | 'responseTypes' | 'effective' | 'onset' | 'expires' | 'info' | 'target'>;

const EDITABLE_STATUSES: AlertStatus[] = ['Actual', 'Exercise', 'Test'];

function draftOf(alert: EditableAlert): Draft {
  const { status, urgency, severity, certainty, responseTypes, effective, onset, expires, info, target } = alert;
  return { status, urgency, severity, certainty, responseTypes, effective, onset, expires, info, target };
}

/** Edits a draft or rejected alert: texts per language, CAP fields, target; validates and submits it for approval. */
export function AlertEditor({ alert, desk }: { alert: EditableAlert; desk: AlertsDeskView }) {
  const { t, language } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(alert));
  const [serverProblems, setServerProblems] = useState<AlertProblem[]>([]);
  const [audience, setAudience] = useState<AlertAudience | null | undefined>();
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const [busy, setBusy] = useState(false);
  const [checked, setChecked] = useState(false);

  useEffect(() => {
    setDraft(draftOf(alert));
    // alert.version changes with every save; a new id is a different alert
  }, [alert.id]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    let live = true;
    desk.api.audience(alert.id).then((a) => live && setAudience(a), () => live && setAudience(null));
    return () => {
      live = false;
    };
  }, [desk.api, alert.id, alert.updatedAt]);

  const content: AlertContent = { ...alert, ...draft };
  const local = useMemo(() => localProblems(content, Date.now()), [draft]); // eslint-disable-line react-hooks/exhaustive-deps
  const problems = problemsByPath(checked ? [...serverProblems, ...local.filter((l) => !serverProblems.some((s) => s.path === l.path))] : []);
  const tone = alertTone(draft.status);

  const setStatus = (status: AlertStatus) =>
    setDraft((d) => ({
      ...d,
      status,
      info: Object.fromEntries(LANGUAGES.map((l) => [l, { ...d.info[l], headline: withDrillPrefix(d.info[l].headline, status, l) }])) as Draft['info'],
    }));
  const setText = (l: Language, field: (typeof INFO_FIELDS)[number], value: string) =>
    setDraft((d) => ({ ...d, info: { ...d.info, [l]: { ...d.info[l], [field]: value } } }));
  const toggleArea = (areaId: string) =>
    setDraft((d) => ({
      ...d,
      target: { ...d.target, areaIds: d.target.areaIds.includes(areaId) ? d.target.areaIds.filter((a) => a !== areaId) : [...d.target.areaIds, areaId] },
    }));
  const toggleResponse = (r: AlertResponseType) =>
    setDraft((d) => ({ ...d, responseTypes: d.responseTypes.includes(r) ? d.responseTypes.filter((x) => x !== r) : [...d.responseTypes, r] }));

  async function save(): Promise<EditableAlert> {
    const saved = await desk.api.update(alert.id, alert.version ?? 1, draft);
    desk.put(saved);
    return saved;
  }

  async function act(kind: 'save' | 'validate' | 'submit') {
    if (busy) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const saved = await save();
      if (kind === 'save') return;
      const found = await desk.api.validate(saved.id);
      setServerProblems(found);
      setChecked(true);
      if (kind === 'submit' && found.length === 0) desk.put(await desk.api.submit(saved.id));
    } catch (err) {
      setProblem(formProblemFor(err));
    } finally {
      setBusy(false);
    }
  }

  const fieldProblems = (path: string) => {
    const list = problems.get(path) ?? [];
    if (list.length === 0) return null;
    return (
      <ul className="field-problems" data-testid="field-problem" data-path={path}>
        {list.map((p) => (
          <li key={p.code}>{p.message === p.code ? t('alerts.problem.generic', { code: p.code }) : p.message}</li>
        ))}
      </ul>
    );
  };
  const timeField = (field: 'effective' | 'onset' | 'expires') => (
    <div className="form__field">
      <label htmlFor={`${id}-${field}`}>{t(`alerts.field.${field}`)}</label>
      <input
        id={`${id}-${field}`}
        type="datetime-local"
        value={Number.isNaN(Date.parse(draft[field])) ? '' : toMacauInputValue(Date.parse(draft[field]))}
        onChange={(e) => setDraft((d) => ({ ...d, [field]: fromMacauInputValue(e.target.value) ?? '' }))}
        aria-invalid={problems.has(field)}
      />
      {fieldProblems(field)}
    </div>
  );
  const select = <T extends string>(field: 'urgency' | 'severity' | 'certainty', values: readonly T[]) => (
    <div className="form__field">
      <label htmlFor={`${id}-${field}`}>{t(`alerts.field.${field}`)}</label>
      <select id={`${id}-${field}`} value={draft[field]} onChange={(e) => setDraft((d) => ({ ...d, [field]: e.target.value }))}>
        {values.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
      {fieldProblems(field)}
    </div>
  );

  return (
    <form className={`form alert-editor alert-tone--${tone}`} data-testid="alert-editor" data-status={draft.status} onSubmit={(e) => e.preventDefault()}>
      <DrillBanner status={draft.status} />
      <dl className="facts" data-testid="alert-people">
        <AlertPeople alert={alert} />
      </dl>
      {alert.state === 'rejected' && alert.rejectionReason && (
        <p className="notice notice--warning" data-testid="rejection-reason">
          {t('alerts.review.rejectedBecause', { reason: alert.rejectionReason })}
        </p>
      )}
      <fieldset className="form__field">
        <legend>{t('alerts.field.status')}</legend>
        <div className="choice-row">
          {EDITABLE_STATUSES.map((s) => (
            <label key={s} className={`choice alert-status--${alertTone(s)}`}>
              <input type="radio" name={`${id}-status`} value={s} checked={draft.status === s} onChange={() => setStatus(s)} data-testid={`status-${s}`} />
              {t(`alerts.status.${s}`)}
            </label>
          ))}
        </div>
        {fieldProblems('status')}
      </fieldset>

      {LANGUAGES.map((l) => (
        <fieldset key={l} className="alert-language" lang={l} data-testid="language-block" data-language={l}>
          <legend>{LANGUAGE_ENDONYMS[l]}</legend>
          {fieldProblems(`info.${l}`)}
          {INFO_FIELDS.map((field) => {
            const value = draft.info[l]?.[field] ?? '';
            const max = field === 'headline' ? HEADLINE_MAX_CHARS : TEXT_MAX_CHARS;
            const inputId = `${id}-${l}-${field}`;
            const path = `info.${l}.${field}`;
            return (
              <div key={field} className="form__field">
                <label htmlFor={inputId}>{t(`alerts.field.${field}`)}</label>
                {field === 'headline' ? (
                  <input id={inputId} value={value} onChange={(e) => setText(l, field, e.target.value)} aria-invalid={problems.has(path)} data-testid={`text-${l}-${field}`} />
                ) : (
                  <textarea id={inputId} value={value} rows={3} onChange={(e) => setText(l, field, e.target.value)} aria-invalid={problems.has(path)} data-testid={`text-${l}-${field}`} />
                )}
                <span className={charCount(value) > max ? 'char-count char-count--over' : 'char-count'}>
                  {t('alerts.field.chars', { count: charCount(value), max })}
                </span>
                {fieldProblems(path)}
              </div>
            );
          })}
        </fieldset>
      ))}

      <div className="form-grid">
        {select('urgency', ALERT_URGENCIES)}
        {select('severity', ALERT_SEVERITIES)}
        {select('certainty', ALERT_CERTAINTIES)}
      </div>
      <fieldset className="form__field">
        <legend>{t('alerts.field.responseTypes')}</legend>
        <div className="choice-row">
          {ALERT_RESPONSE_TYPES.map((r) => (
            <label key={r} className="choice">
              <input type="checkbox" checked={draft.responseTypes.includes(r)} onChange={() => toggleResponse(r)} />
              {r}
            </label>
          ))}
        </div>
        {fieldProblems('responseTypes')}
      </fieldset>
      <p className="panel__note">{t('alerts.field.macauTime')}</p>
      <div className="form-grid">
        {timeField('effective')}
        {timeField('onset')}
        {timeField('expires')}
      </div>

      <fieldset className="form__field" data-testid="target-areas">
        <legend>{t('alerts.target.title')}</legend>
        <div className="target-layout">
          <div className="choice-column">
            {desk.areas.map((area) => (
              <label key={area.id} className="choice">
                <input type="checkbox" checked={draft.target.areaIds.includes(area.id)} onChange={() => toggleArea(area.id)} data-area={area.id} />
                {area.properties.names[language] ?? area.id}
              </label>
            ))}
          </div>
          <AreaMap areas={desk.areas} selected={draft.target.areaIds} onToggle={toggleArea} />
        </div>
        {fieldProblems('target')}
        {fieldProblems('target.areaIds')}
      </fieldset>
      <AudienceLine audience={audience} />
      <NotificationPreviews content={{ ...content, id: alert.id }} />
      {fieldProblems('severity')}
      {fieldProblems('eventCode')}
      {checked && serverProblems.length === 0 && local.length === 0 && (
        <p className="notice notice--success" data-testid="validation-ok">
          {t('alerts.editor.valid')}
        </p>
      )}
      <FormStatus problem={problem} done={undefined} />
      <div className="button-row">
        <button type="button" className="button button--outline" disabled={busy} onClick={() => act('save')} data-testid="alert-save">
          {t('alerts.editor.save')}
        </button>
        <button type="button" className="button button--outline" disabled={busy} onClick={() => act('validate')} data-testid="alert-validate">
          {t('alerts.editor.validate')}
        </button>
        <button type="button" className={`button button--primary button--${tone}`} disabled={busy} onClick={() => act('submit')} data-testid="alert-submit">
          {t(isDrill(draft.status) ? (draft.status === 'Exercise' ? 'alerts.editor.submitExercise' : 'alerts.editor.submitTest') : 'alerts.editor.submitLive')}
        </button>
      </div>
    </form>
  );
}
