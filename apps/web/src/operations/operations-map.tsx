import { useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { HAZARD_SEVERITIES, type AreaFeature, type PlaceView } from '@app/contracts';
import { useI18n } from '../i18n/i18n.context.js';
import { ageString } from './age-label.js';
import { clusterMarkers, MARKER_KINDS, type MapMarker, type MarkerCluster, type MarkerKind } from './map-clustering.js';
import { ALL_LAYERS, buildMarkers, type LayerSet } from './map-markers.js';
import { createProjection, initialView, MAX_ZOOM, MIN_ZOOM, panView, viewBoxOf, zoomView, type MapView } from './map-projection.js';
import type { OpsState } from './operations.model.js';
import { sameSelection, type Selection } from './selection.js';

const WIDTH = 640;
const HEIGHT = 440;
/** Marker size in screen units; divided by the zoom so markers keep their size while the land grows. */
const R = 9;

interface OperationsMapProps {
  state: OpsState;
  areas: readonly AreaFeature[];
  places: readonly PlaceView[];
  now: number;
  selection: Selection;
  onSelect(selection: Selection): void;
}

/**
 * The operations map, drawn from the seeded area outlines (no tile server): teams, crews, open hazards and open
 * shelters as markers that merge into clusters when close together at the current zoom.
 */
export function OperationsMap({ state, areas, places, now, selection, onSelect }: OperationsMapProps) {
  const { t, language } = useI18n();
  const [view, setView] = useState<MapView>(() => initialView(WIDTH, HEIGHT));
  const [layers, setLayers] = useState<LayerSet>(ALL_LAYERS);
  const projection = useMemo(
    () => createProjection(areas, areas.length > 0 ? [] : places.map((p) => ({ lat: p.lat, lon: p.lon })), WIDTH, HEIGHT),
    [areas, places],
  );
  const markers = useMemo(
    () => buildMarkers({ teams: state.teams, hazards: state.hazards, shelters: state.shelters, places }, projection.project, language, layers),
    [state.teams, state.hazards, state.shelters, places, projection, language, layers],
  );
  const clusters = useMemo(() => clusterMarkers(markers, view.zoom), [markers, view.zoom]);
  const areaNames = new Map(areas.map((a) => [a.id, a.properties.names[language] ?? a.id]));
  // Estates lie inside communities: only the larger areas are named on the map (estates keep their hover title).
  const labelled = new Set(areas.filter((a) => a.properties.kind !== 'estate').map((a) => a.id));
  const teams = new Map(state.teams.map((team) => [team.id, team]));
  const s = 1 / view.zoom;

  const zoom = (factor: number, at?: { x: number; y: number }) => setView((v) => zoomView(v, factor, WIDTH, HEIGHT, at));
  const pan = (dx: number, dy: number) => setView((v) => panView(v, dx, dy, WIDTH, HEIGHT));

  const describe = (m: MapMarker): string => {
    if (m.kind === 'hazard') return t('ops.map.hazardTitle', { severity: t(`ops.severity.${m.severity ?? 'low'}`), text: m.label });
    if (m.kind === 'shelter') {
      const shelter = state.shelters.find((x) => x.id === m.id);
      return t('ops.map.shelterTitle', { name: m.label, occupancy: shelter?.occupancy ?? 0, capacity: shelter?.capacity ?? 0 });
    }
    const team = teams.get(m.id);
    const age = team?.lastPosition ? ageString(t, team.lastPosition.at, now) : t('ops.map.atBase');
    const base = t('ops.map.teamTitle', { name: m.label, readiness: team ? t(`ops.readiness.${team.readiness}`) : '', vehicles: team?.vehicles.length ?? 0, age });
    return m.silent ? `${base} · ${t('ops.team.silent')}` : base;
  };

  const activate = (cluster: MarkerCluster) => {
    if (cluster.markers.length === 1) {
      const m = cluster.markers[0]!;
      onSelect({ kind: m.kind === 'crew' ? 'team' : m.kind, id: m.id });
    } else {
      zoom(2, cluster);
    }
  };
  const onKey = (e: KeyboardEvent, cluster: MarkerCluster) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      activate(cluster);
    }
  };

  return (
    <section className="panel ops-map" data-testid="ops-map" aria-labelledby="ops-map-title">
      <h2 className="panel__title" id="ops-map-title">
        {t('ops.map.title')}
      </h2>
      <div className="ops-map__toolbar">
        <div className="button-row" role="group" aria-label={t('ops.map.controls')}>
          <button type="button" className="button button--outline ops-map__tool" onClick={() => zoom(2)} disabled={view.zoom >= MAX_ZOOM} aria-label={t('ops.map.zoomIn')} data-testid="map-zoom-in">
            {'+'}
          </button>
          <button type="button" className="button button--outline ops-map__tool" onClick={() => zoom(0.5)} disabled={view.zoom <= MIN_ZOOM} aria-label={t('ops.map.zoomOut')} data-testid="map-zoom-out">
            {'−'}
          </button>
          <button type="button" className="button button--outline ops-map__tool" onClick={() => pan(0, -0.3)} aria-label={t('ops.map.panNorth')}>
            {'↑'}
          </button>
          <button type="button" className="button button--outline ops-map__tool" onClick={() => pan(0, 0.3)} aria-label={t('ops.map.panSouth')}>
            {'↓'}
          </button>
          <button type="button" className="button button--outline ops-map__tool" onClick={() => pan(-0.3, 0)} aria-label={t('ops.map.panWest')}>
            {'←'}
          </button>
          <button type="button" className="button button--outline ops-map__tool" onClick={() => pan(0.3, 0)} aria-label={t('ops.map.panEast')}>
            {'→'}
          </button>
          <button type="button" className="button button--outline" onClick={() => setView(initialView(WIDTH, HEIGHT))} data-testid="map-reset">
            {t('ops.map.reset')}
          </button>
        </div>
        <fieldset className="ops-map__layers">
          <legend className="visually-hidden">{t('ops.map.layers')}</legend>
          {MARKER_KINDS.map((kind) => (
            <label key={kind} className="choice">
              <input type="checkbox" checked={layers[kind]} onChange={(e) => setLayers((l) => ({ ...l, [kind]: e.target.checked }))} data-testid={`layer-${kind}`} />
              {t(`ops.map.layer.${kind}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <svg
        className="ops-map__svg"
        viewBox={viewBoxOf(view, WIDTH, HEIGHT)}
        role="group"
        aria-label={t('ops.map.label')}
        data-testid="ops-map-svg"
        data-zoom={view.zoom}
      >
        <rect x={0} y={0} width={WIDTH} height={HEIGHT} className="ops-map__water" />
        {projection.outlines.map((o) => (
          <path key={o.id} d={o.d} className="ops-map__area" data-area={o.id} strokeWidth={s}>
            <title>{areaNames.get(o.id)}</title>
          </path>
        ))}
        {projection.outlines.filter((o) => labelled.has(o.id)).map((o) => (
          <text key={`label:${o.id}`} x={o.label.x} y={o.label.y} className="ops-map__area-label" fontSize={11 * s} textAnchor="middle">
            {areaNames.get(o.id)}
          </text>
        ))}
        {places
          .filter((place) => place.kind !== 'shelter')
          .map((place) => {
            const at = projection.project(place);
            return (
              <g key={`place:${place.id}`} transform={`translate(${at.x} ${at.y}) scale(${s})`} className="ops-place" data-place={place.id}>
                <title>{place.names[language] ?? place.id}</title>
                <rect x={-4} y={-4} width={8} height={8} transform="rotate(45)" />
              </g>
            );
          })}
        {clusters.map((cluster) => {
          const single = cluster.markers.length === 1 ? cluster.markers[0]! : undefined;
          const selected = single && sameSelection(selection, single.kind === 'crew' ? 'team' : single.kind, single.id);
          const label = single ? describe(single) : t('ops.map.clusterTitle', { count: cluster.markers.length, parts: clusterParts(t, cluster) });
          return (
            <g
              key={cluster.key}
              transform={`translate(${cluster.x} ${cluster.y}) scale(${s})`}
              className={`ops-marker${selected ? ' ops-marker--selected' : ''}`}
              role="button"
              tabIndex={0}
              aria-label={label}
              onClick={() => activate(cluster)}
              onKeyDown={(e) => onKey(e, cluster)}
              data-testid={single ? 'map-marker' : 'map-cluster'}
              data-kind={single?.kind}
              data-id={single?.id}
              data-count={cluster.markers.length}
              data-silent={single?.silent ? 'true' : undefined}
              data-severity={single?.severity}
            >
              <title>{label}</title>
              {single ? <MarkerShape marker={single} /> : <ClusterShape cluster={cluster} />}
            </g>
          );
        })}
      </svg>
      <MapLegend />
    </section>
  );
}

type Translate = ReturnType<typeof useI18n>['t'];

function clusterParts(t: Translate, cluster: MarkerCluster): string {
  return MARKER_KINDS.filter((k) => cluster.counts[k] > 0)
    .map((k) => `${t(`ops.map.layer.${k}`)} ${cluster.counts[k]}`)
    .join(', ');
}

function MarkerShape({ marker }: { marker: MapMarker }) {
  switch (marker.kind) {
    case 'team':
      return (
        <>
          {marker.silent && <circle r={R + 5} className="ops-marker__silent-ring" />}
          <circle r={R} className="ops-marker__team" />
        </>
      );
    case 'crew':
      return (
        <>
          {marker.silent && <circle r={R + 6} className="ops-marker__silent-ring" />}
          <rect x={-R} y={-R} width={2 * R} height={2 * R} className="ops-marker__crew" />
        </>
      );
    case 'hazard':
      return <path d={`M0 ${-R - 2} L${R + 1} ${R} L${-R - 1} ${R} Z`} className={`ops-marker__hazard ops-severity--${marker.severity ?? 'low'}`} />;
    case 'shelter': {
      // A house whose fill rises with the occupancy.
      const full = (marker.fill ?? 0) >= 0.9;
      const h = (R + 2) * Math.min(1, Math.max(0, marker.fill ?? 0));
      return (
        <>
          <path d={`M${-R} ${-2} L0 ${-R - 4} L${R} ${-2} Z`} className="ops-marker__shelter-roof" />
          <rect x={-R} y={-2} width={2 * R} height={R + 2} className="ops-marker__shelter" />
          <rect x={-R} y={R - h} width={2 * R} height={h} className={`ops-marker__shelter-fill${full ? ' ops-marker__shelter-fill--full' : ''}`} />
        </>
      );
    }
  }
}

function ClusterShape({ cluster }: { cluster: MarkerCluster }) {
  const r = R + 4 + Math.min(8, Math.log2(cluster.markers.length) * 2);
  return (
    <>
      <circle r={r} className={`ops-cluster ops-cluster--${cluster.worst ?? 'none'}`} />
      <text className="ops-cluster__count" textAnchor="middle" dominantBaseline="central">
        {cluster.markers.length}
      </text>
    </>
  );
}

function MapLegend() {
  const { t } = useI18n();
  const items: { kind: MarkerKind | 'silent' | 'cluster' | 'place'; shape: ReactNode }[] = [
    { kind: 'team', shape: <circle r={R} className="ops-marker__team" /> },
    { kind: 'crew', shape: <rect x={-R} y={-R} width={2 * R} height={2 * R} className="ops-marker__crew" /> },
    { kind: 'silent', shape: <><circle r={R + 4} className="ops-marker__silent-ring" /><circle r={R - 2} className="ops-marker__team" /></> },
    { kind: 'shelter', shape: <><path d={`M${-R} -2 L0 ${-R - 4} L${R} -2 Z`} className="ops-marker__shelter-roof" /><rect x={-R} y={-2} width={2 * R} height={R + 2} className="ops-marker__shelter" /></> },
    { kind: 'cluster', shape: <circle r={R + 2} className="ops-cluster ops-cluster--none" /> },
    { kind: 'place', shape: <g className="ops-place"><rect x={-5} y={-5} width={10} height={10} transform="rotate(45)" /></g> },
  ];
  return (
    <div className="ops-legend" data-testid="map-legend">
      <h3 className="ops-legend__title">{t('ops.legend.title')}</h3>
      <ul className="ops-legend__list">
        {items.map((item) => (
          <li key={item.kind}>
            <svg viewBox="-14 -14 28 28" width="24" height="24" aria-hidden="true">
              {item.shape}
            </svg>
            {t(`ops.legend.${item.kind}`)}
          </li>
        ))}
        {HAZARD_SEVERITIES.map((severity) => (
          <li key={severity}>
            <svg viewBox="-14 -14 28 28" width="24" height="24" aria-hidden="true">
              <path d={`M0 ${-R - 2} L${R + 1} ${R} L${-R - 1} ${R} Z`} className={`ops-marker__hazard ops-severity--${severity}`} />
            </svg>
            {t('ops.legend.hazard', { severity: t(`ops.severity.${severity}`) })}
          </li>
        ))}
      </ul>
    </div>
  );
}
