import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AreaFeature, AreaFeatureCollection, FieldTask, FieldTaskList, PlaceView, Shelter, Team, VulnerableResident } from '@app/contracts';
import type { FieldAccess } from './field-access.js';
import { createFieldApi } from './field-api.js';
import { cacheKeys } from './field-cache-keys.js';
import { fieldDbAvailable, readCached, writeCached } from './field-db.js';

export interface FieldData {
  tasks: FieldTask[] | undefined;
  /** Set when the tasks shown are the copy kept on the phone (the server could not be asked), as of this time. */
  tasksSavedAt: string | undefined;
  tasksFailed: boolean;
  /** The residents on the team's open welfare-check tasks (name, address, needs), kept on the phone with the tasks. */
  residents: VulnerableResident[];
  /** The account's own teams. */
  teams: Team[];
  /** Shelters with their capacity and occupancy as last loaded (the server decides on room when a transfer arrives). */
  shelters: Shelter[];
  areas: AreaFeature[];
  /** Named places (shelters, bridges…) a task may point at. */
  places: PlaceView[];
  reloadTasks(): void;
  /** A task changed (live event): replace it in the list. */
  applyTask(task: FieldTask): void;
}

/** Reads from the server and keeps a copy on the phone; when the server cannot be asked, reads the copy. */
async function freshOrKept<T>(key: string, load: () => Promise<T>, alive: () => boolean): Promise<{ value: T; savedAt?: string } | undefined> {
  try {
    const value = await load();
    // Not written after the page went away: a sign-out may just have cleared the copies.
    if (fieldDbAvailable() && alive()) void writeCached(key, value).catch(() => undefined);
    return { value };
  } catch {
    const kept = fieldDbAvailable() ? await readCached<T>(key).catch(() => undefined) : undefined;
    return kept ? { value: kept.value, savedAt: kept.savedAt } : undefined;
  }
}

const itemsOf = <T>(list: { items?: T[] } | undefined): T[] => (Array.isArray(list?.items) ? list.items : []);

/** The inspector's tasks, residents, teams and the area outlines, from the server when it answers, else from the phone. */
export function useFieldData(access: FieldAccess): FieldData {
  const api = useMemo(() => createFieldApi(), []);
  const [tasks, setTasks] = useState<FieldTask[] | undefined>();
  const [tasksSavedAt, setTasksSavedAt] = useState<string | undefined>();
  const [tasksFailed, setTasksFailed] = useState(false);
  const [residents, setResidents] = useState<VulnerableResident[]>([]);
  const [teams, setTeams] = useState<Team[]>([]);
  const [shelters, setShelters] = useState<Shelter[]>([]);
  const [areas, setAreas] = useState<AreaFeature[]>([]);
  const [places, setPlaces] = useState<PlaceView[]>([]);
  const { userId } = access;
  const accessRef = useRef(access);
  accessRef.current = access;
  const mounted = useRef(true);
  const alive = useCallback(() => mounted.current, []);

  /** With a token from the server (a missing token reads the copy on the phone). */
  const withToken = useCallback(
    <T,>(load: (token: string) => Promise<T>) =>
      async (): Promise<T> => {
        const token = await accessRef.current.token();
        if (!token) throw new Error('No token to ask the server with');
        return load(token);
      },
    [],
  );

  const reloadResidents = useCallback(() => {
    void freshOrKept(cacheKeys.residents(userId), withToken(async (token) => itemsOf(await api.residents(token))), alive).then((got) => {
      if (got && mounted.current) setResidents(got.value);
    });
  }, [alive, api, userId, withToken]);

  const reloadTasks = useCallback(() => {
    void freshOrKept(cacheKeys.tasks(userId), withToken(async (token) => itemsOf<FieldTask>((await api.tasks(token)) as FieldTaskList)), alive).then((got) => {
      if (!mounted.current) return;
      if (got) {
        setTasks(got.value);
        setTasksSavedAt(got.savedAt);
        setTasksFailed(false);
      } else setTasksFailed(true);
    });
    reloadResidents();
    void freshOrKept(cacheKeys.teams(userId), withToken(async (token) => itemsOf(await api.teams(token))), alive).then((got) => {
      if (got && mounted.current) setTeams(got.value);
    });
    void freshOrKept(cacheKeys.shelters, withToken(async (token) => itemsOf(await api.shelters(token))), alive).then((got) => {
      if (got && mounted.current) setShelters(got.value);
    });
  }, [alive, api, reloadResidents, userId, withToken]);

  useEffect(() => {
    mounted.current = true;
    reloadTasks();
    void freshOrKept(cacheKeys.areas, async () => ((await api.areas()) as AreaFeatureCollection).features ?? [], alive).then((got) => {
      if (got && mounted.current) setAreas(Array.isArray(got.value) ? got.value : []);
    });
    void freshOrKept(cacheKeys.places, async () => (await api.places()).places ?? [], alive).then((got) => {
      if (got && mounted.current) setPlaces(Array.isArray(got.value) ? got.value : []);
    });
    return () => {
      mounted.current = false;
    };
  }, [alive, api, reloadTasks]);

  const applyTask = useCallback(
    (task: FieldTask) => {
      setTasks((current) => {
        const list = current ?? [];
        const at = list.findIndex((t) => t.id === task.id);
        return at === -1 ? [task, ...list] : list.map((t, i) => (i === at ? task : t));
      });
      // A new welfare-check task names a resident the phone may not know yet.
      if (task.kind === 'welfare-check' && task.vulnerableResidentId) reloadResidents();
    },
    [reloadResidents],
  );

  return { tasks, tasksSavedAt, tasksFailed, residents, teams, shelters, areas, places, reloadTasks, applyTask };
}
