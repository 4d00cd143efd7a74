import { useId, useState, type FormEvent } from 'react';
import type { Shelter, VulnerableResident } from '@app/contracts';
import type { FormProblem } from '../forms/form-problem.js';
import { FormStatus } from '../forms/form-status.js';
import type { MessageKey } from '../i18n/catalogues.js';
import { useI18n } from '../i18n/i18n.context.js';
import { evacuationProblemFor } from './evacuation-problem.js';
import { cleanText, parseWholeNumber } from './form-text.js';
import { OccupancyBar } from './occupancy-bar.js';
import { checkCapacity, checkDeparture, shelterName, sortShelters } from './shelters.model.js';
import type { EvacuationDeskView } from './use-evacuation-desk.js';

/** Shelters with live occupancy; the HQ opens and closes them, changes capacity and records people leaving. */
export function SheltersPanel({ desk }: { desk: EvacuationDeskView }) {
  const { t, language } = useI18n();
  const shelters = sortShelters(desk.shelters.items ?? [], language);
  return (
    <section className="panel evac-panel" data-testid="evac-shelters" aria-labelledby="evac-shelters-title">
      <h2 className="panel__title" id="evac-shelters-title">
        {t('evac.shelters.title')}
      </h2>
      {desk.shelters.failed && <p className="notice notice--error">{t('evac.loadFailed')}</p>}
      {desk.shelters.items === undefined && !desk.shelters.failed && <p className="panel__empty">{t('app.loading')}</p>}
      {desk.shelters.items?.length === 0 && <p className="panel__empty">{t('evac.shelters.empty')}</p>}
      <ul className="evac-list evac-list--shelters">
        {shelters.map((shelter) => (
          <ShelterRow key={shelter.id} shelter={shelter} desk={desk} residents={(desk.register.items ?? []).filter((r) => r.shelterId === shelter.id)} />
        ))}
      </ul>
    </section>
  );
}

type Action = 'capacity' | 'departure' | undefined;

function ShelterRow({ shelter, desk, residents }: { shelter: Shelter; desk: EvacuationDeskView; residents: VulnerableResident[] }) {
  const { t, language } = useI18n();
  const [action, setAction] = useState<Action>();
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const [done, setDone] = useState<MessageKey | undefined>();
  const [busy, setBusy] = useState(false);

  async function run(change: () => Promise<Shelter>, doneKey: MessageKey): Promise<boolean> {
    if (busy) return false;
    setBusy(true);
    setProblem(undefined);
    setDone(undefined);
    try {
      desk.putShelter(await change());
      setDone(doneKey);
      return true;
    } catch (err) {
      setProblem(evacuationProblemFor(err));
      return false;
    } finally {
      setBusy(false);
    }
  }

  const toggle = (next: Action) => {
    setAction((a) => (a === next ? undefined : next));
    setProblem(undefined);
    setDone(undefined);
  };

  return (
    <li className={`evac-list__item${shelter.open ? '' : ' evac-list__item--muted'}`} data-testid="evac-shelter" data-shelter={shelter.id} data-open={shelter.open}>
      <p className="evac-list__line">
        <span className="evac-list__name">{shelterName(shelter, language)}</span>
        <span className={`evac-tag evac-tag--${shelter.open ? 'open' : 'closed'}`} data-testid="shelter-state">
          {t(shelter.open ? 'evac.shelter.open' : 'evac.shelter.closed')}
        </span>
      </p>
      <OccupancyBar shelter={shelter} />
      <div className="button-row evac-actions">
        <button
          type="button"
          className="button button--outline"
          disabled={busy}
          onClick={() => void run(() => desk.api.updateShelter(shelter.id, { open: !shelter.open }), shelter.open ? 'evac.shelter.closedDone' : 'evac.shelter.openedDone')}
          data-testid="shelter-toggle-open"
        >
          {t(shelter.open ? 'evac.shelter.close' : 'evac.shelter.openAction')}
        </button>
        <button type="button" className="button button--outline" onClick={() => toggle('capacity')} aria-expanded={action === 'capacity'} data-testid="shelter-capacity-edit">
          {t('evac.shelter.changeCapacity')}
        </button>
        <button
          type="button"
          className="button button--outline"
          onClick={() => toggle('departure')}
          aria-expanded={action === 'departure'}
          disabled={shelter.occupancy === 0 && action !== 'departure'}
          data-testid="shelter-departure-open"
        >
          {t('evac.shelter.departure')}
        </button>
      </div>
      {action === 'capacity' && (
        <CapacityForm shelter={shelter} busy={busy} onSave={(capacity) => run(() => desk.api.updateShelter(shelter.id, { capacity }), 'evac.shelter.capacityDone')} />
      )}
      {action === 'departure' && (
        <DepartureForm
          shelter={shelter}
          residents={residents}
          busy={busy}
          onSave={async (people, residentId, note) => {
            const saved = await run(
              () => desk.api.depart(shelter.id, { people, ...(residentId ? { vulnerableResidentId: residentId } : {}), ...(note ? { note } : {}) }),
              'evac.shelter.departureDone',
            );
            // The resident is no longer in the shelter: the register shows it.
            if (saved && residentId) desk.reloadResidents();
            return saved;
          }}
        />
      )}
      <FormStatus problem={problem} done={done} />
    </li>
  );
}

function CapacityForm({ shelter, busy, onSave }: { shelter: Shelter; busy: boolean; onSave(capacity: number): Promise<boolean> }) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState(String(shelter.capacity));
  const [problem, setProblem] = useState<MessageKey | undefined>();

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = checkCapacity(text, shelter.occupancy);
    setProblem(found);
    if (!found) void onSave(parseWholeNumber(text)!);
  }

  return (
    <form className="form evac-inline-form" onSubmit={submit} noValidate data-testid="shelter-capacity-form">
      <div className="form__field">
        <label htmlFor={`${id}-capacity`}>{t('evac.shelter.capacity')}</label>
        <input id={`${id}-capacity`} inputMode="numeric" value={text} onChange={(e) => setText(e.target.value)} aria-invalid={!!problem} data-testid="shelter-capacity-input" />
        {problem && <p className="evac-problem">{t(problem, { occupancy: shelter.occupancy })}</p>}
      </div>
      <button type="submit" className="button button--primary" disabled={busy} data-testid="shelter-capacity-save">
        {t('evac.shelter.saveCapacity')}
      </button>
    </form>
  );
}

function DepartureForm({
  shelter,
  residents,
  busy,
  onSave,
}: {
  shelter: Shelter;
  residents: VulnerableResident[];
  busy: boolean;
  onSave(people: number, residentId: string, note: string): Promise<boolean>;
}) {
  const { t } = useI18n();
  const id = useId();
  const [people, setPeople] = useState('1');
  const [residentId, setResidentId] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<MessageKey | undefined>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = checkDeparture(people, shelter.occupancy);
    setProblem(found);
    if (found) return;
    if (await onSave(parseWholeNumber(people)!, residentId, cleanText(note))) {
      setPeople('1');
      setResidentId('');
      setNote('');
    }
  }

  return (
    <form className="form evac-inline-form" onSubmit={submit} noValidate data-testid="shelter-departure-form">
      <div className="form__field">
        <label htmlFor={`${id}-people`}>{t('evac.shelter.departurePeople')}</label>
        <input id={`${id}-people`} inputMode="numeric" value={people} onChange={(e) => setPeople(e.target.value)} aria-invalid={!!problem} data-testid="shelter-departure-people" />
        {problem && <p className="evac-problem">{t(problem, { occupancy: shelter.occupancy })}</p>}
      </div>
      {residents.length > 0 && (
        <div className="form__field">
          <label htmlFor={`${id}-resident`}>{t('evac.shelter.departureResident')}</label>
          <select id={`${id}-resident`} value={residentId} onChange={(e) => setResidentId(e.target.value)}>
            <option value="">{t('evac.none')}</option>
            {residents.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="form__field">
        <label htmlFor={`${id}-note`}>{t('evac.note')}</label>
        <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <button type="submit" className="button button--primary" disabled={busy} data-testid="shelter-departure-save">
        {t('evac.shelter.saveDeparture')}
      </button>
    </form>
  );
}
