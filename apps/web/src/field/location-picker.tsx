import { useId, useState } from 'react';
import type { AreaFeature } from '@app/contracts';
import type { MessageKey } from '../i18n/catalogues.js';
import { useI18n } from '../i18n/i18n.context.js';
import { parseCoordinates, type PickedLocation } from './field-forms.model.js';
import { FieldMap } from './field-map.js';

const GPS_TIMEOUT_MS = 20_000;

function gpsProblem(err: GeolocationPositionError): MessageKey {
  return err.code === err.PERMISSION_DENIED ? 'field.location.denied' : 'field.location.unavailable';
}

/**
 * Where something is: the phone's GPS, a tap on the area map, or typed coordinates. A refused location permission
 * says so plainly and leaves the other two ways open.
 */
export function LocationPicker({
  value,
  onChange,
  areas,
  problem,
  testId,
}: {
  value: PickedLocation | null;
  onChange: (location: PickedLocation) => void;
  areas: AreaFeature[];
  problem?: MessageKey;
  testId: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const [locating, setLocating] = useState(false);
  const [gpsNote, setGpsNote] = useState<MessageKey | undefined>();
  const [typed, setTyped] = useState('');
  const [typedInvalid, setTypedInvalid] = useState(false);

  function locate() {
    if (!('geolocation' in navigator)) {
      setGpsNote('field.location.unsupported');
      return;
    }
    setLocating(true);
    setGpsNote(undefined);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        onChange({ lat: position.coords.latitude, lon: position.coords.longitude, accuracyMeters: position.coords.accuracy, source: 'gps' });
      },
      (err) => {
        setLocating(false);
        setGpsNote(gpsProblem(err));
      },
      { enableHighAccuracy: true, timeout: GPS_TIMEOUT_MS, maximumAge: 30_000 },
    );
  }

  function applyTyped() {
    const location = parseCoordinates(typed);
    setTypedInvalid(!location);
    if (location) onChange({ ...location, source: 'typed' });
  }

  return (
    <fieldset className="field-location" data-testid={testId} aria-describedby={problem ? `${id}-problem` : undefined}>
      <legend>{t('field.location.legend')}</legend>
      <p className="field-location__value" data-testid={`${testId}-value`} data-set={value ? 'true' : 'false'}>
        {value ? (
          <>
            <strong>{t('field.location.set')}</strong>
            {`: ${value.lat.toFixed(5)}, ${value.lon.toFixed(5)} · ${t(`field.location.source.${value.source}`)}`}
            {value.accuracyMeters !== undefined && ` · ${t('field.location.accuracy', { meters: Math.round(value.accuracyMeters) })}`}
          </>
        ) : (
          t('field.location.none')
        )}
      </p>
      {problem && (
        <p id={`${id}-problem`} className="field-problem" data-testid="field-problem">
          {t(problem)}
        </p>
      )}
      <button type="button" className="button button--primary button--block" onClick={locate} disabled={locating} data-testid={`${testId}-gps`}>
        {t(locating ? 'field.location.locating' : 'field.location.gps')}
      </button>
      {gpsNote && (
        <p className="notice notice--warning" role="alert" data-testid={`${testId}-gps-problem`}>
          <span className="notice__symbol" aria-hidden="true" />
          <span>{t(gpsNote)}</span>
        </p>
      )}
      {areas.length > 0 && (
        <>
          <p className="form__hint">{t('field.location.mapHint')}</p>
          <FieldMap areas={areas} picked={value} onPick={(location) => onChange({ ...location, source: 'map' })} testId={`${testId}-map`} />
        </>
      )}
      <div className="form__field">
        <label htmlFor={`${id}-typed`}>{t('field.location.typed')}</label>
        <input
          id={`${id}-typed`}
          inputMode="decimal"
          autoComplete="off"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          aria-invalid={typedInvalid}
          data-testid={`${testId}-typed`}
        />
        {typedInvalid && <p className="field-problem">{t('field.location.typedInvalid')}</p>}
        <button type="button" className="button button--outline" onClick={applyTyped} disabled={!typed.trim()} data-testid={`${testId}-apply`}>
          {t('field.location.apply')}
        </button>
      </div>
    </fieldset>
  );
}
