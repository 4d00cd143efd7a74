import { useId, useState, type FormEvent } from 'react';
import { VULNERABILITY_KINDS, type AreaFeature, type VulnerabilityKind, type VulnerableResident } from '@app/contracts';
import type { FormProblem } from '../forms/form-problem.js';
import { FormStatus } from '../forms/form-status.js';
import { useI18n } from '../i18n/i18n.context.js';
import { evacuationProblemFor } from './evacuation-problem.js';
import { hasProblems, type Problems } from './form-text.js';
import { EMPTY_RESIDENT, checkResident, draftOfResident, residentInput, residentPatch, type ResidentDraft, type ResidentField } from './residents.model.js';
import type { EvacuationDeskView } from './use-evacuation-desk.js';

/** Adds a resident to the register, or edits one (only the fields changed are sent). */
export function ResidentForm({
  desk,
  areas,
  resident,
  onDone,
}: {
  desk: EvacuationDeskView;
  areas: AreaFeature[];
  resident?: VulnerableResident;
  onDone(): void;
}) {
  const { t, language } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState<ResidentDraft>(() => (resident ? draftOfResident(resident) : EMPTY_RESIDENT));
  const [problems, setProblems] = useState<Problems<ResidentField>>({});
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const [busy, setBusy] = useState(false);

  const update = (change: Partial<ResidentDraft>) => {
    const next = { ...draft, ...change };
    setDraft(next);
    // Problems already shown follow the edits, so a corrected field stops being marked.
    setProblems((shown) => (hasProblems(shown) ? checkResident(next) : shown));
  };
  const toggleKind = (kind: VulnerabilityKind) => update({ kinds: draft.kinds.includes(kind) ? draft.kinds.filter((k) => k !== kind) : [...draft.kinds, kind] });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found = checkResident(draft);
    setProblems(found);
    setProblem(undefined);
    if (hasProblems(found)) return;
    if (resident && Object.keys(residentPatch(resident, draft)).length === 0) return onDone();
    setBusy(true);
    try {
      const saved = resident ? await desk.api.updateResident(resident.id, residentPatch(resident, draft)) : await desk.api.createResident(residentInput(draft));
      desk.putResident(saved);
      onDone();
    } catch (err) {
      setProblem(evacuationProblemFor(err));
    } finally {
      setBusy(false);
    }
  }

  const problemLine = (field: ResidentField) =>
    problems[field] && (
      <p className="evac-problem" data-testid="field-problem" data-field={field}>
        {t(problems[field]!)}
      </p>
    );
  const text = (field: 'name' | 'phone' | 'address' | 'caseworker' | 'location', type = 'text') => (
    <div className="form__field">
      <label htmlFor={`${id}-${field}`}>{t(`evac.resident.${field}`)}</label>
      <input
        id={`${id}-${field}`}
        type={type}
        value={draft[field]}
        onChange={(e) => update({ [field]: e.target.value })}
        aria-invalid={!!problems[field]}
        data-testid={`resident-${field}`}
      />
      {field === 'location' && <span className="form__hint">{t('evac.resident.locationHint')}</span>}
      {problemLine(field)}
    </div>
  );

  return (
    <form className="form evac-resident-form" onSubmit={submit} noValidate data-testid="resident-form">
      <div className="evac-form-grid">
        {text('name')}
        {text('phone', 'tel')}
        {text('address')}
        <div className="form__field">
          <label htmlFor={`${id}-area`}>{t('evac.resident.area')}</label>
          <select id={`${id}-area`} value={draft.areaId} onChange={(e) => update({ areaId: e.target.value })} aria-invalid={!!problems.areaId} data-testid="resident-area">
            <option value="">{t('evac.choose')}</option>
            {areas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.properties.names[language] ?? a.id}
              </option>
            ))}
          </select>
          {problemLine('areaId')}
        </div>
        {text('caseworker')}
        {text('location')}
      </div>
      <fieldset className="form__field" aria-invalid={!!problems.kinds}>
        <legend>{t('evac.resident.kinds')}</legend>
        <div className="choice-row">
          {VULNERABILITY_KINDS.map((kind) => (
            <label key={kind} className="choice">
              <input type="checkbox" checked={draft.kinds.includes(kind)} onChange={() => toggleKind(kind)} data-testid={`resident-kind-${kind}`} />
              {t(`evac.kind.${kind}`)}
            </label>
          ))}
        </div>
        {problemLine('kinds')}
      </fieldset>
      <div className="form__field">
        <label htmlFor={`${id}-needs`}>{t('evac.resident.needs')}</label>
        <textarea id={`${id}-needs`} rows={2} value={draft.needs} onChange={(e) => update({ needs: e.target.value })} aria-invalid={!!problems.needs} data-testid="resident-needs" />
        {problemLine('needs')}
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={busy} data-testid="resident-save">
          {t(resident ? 'evac.resident.saveChanges' : 'evac.resident.add')}
        </button>
        <button type="button" className="button button--outline" onClick={onDone}>
          {t('evac.cancel')}
        </button>
      </div>
      <FormStatus problem={problem} done={undefined} />
    </form>
  );
}
