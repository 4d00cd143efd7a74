import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AreaFeature, AreaFeatureCollection, FieldTask, FieldTaskList, PlaceView } from '@app/contracts';
import type { FieldAccess } from './field-access.js';
import { createFieldApi } from './field-api.js';
import { fieldDbAvailable, readCached, writeCached } from './field-db.js';

export interface FieldData {
  tasks: FieldTask[] | undefined;
  /** Set when the tasks shown are the copy kept on the phone (the server could not be asked), as of this time. */
  tasksSavedAt: string | undefined;
  tasksFailed: boolean;
  areas: AreaFeature[];
  /** Named places (shelters, bridges…) a task may point at. */
  places: PlaceView[];
  reloadTasks(): void;
  /** A task changed (live event): replace it in the list. */
  applyTask(task: FieldTask): void;
}

const tasksKey = (userId: string) => `tasks:${userId}`;
const AREAS_KEY = 'areas';
const PLACES_KEY = 'places';

/** The inspector's tasks and the area outlines, from the server when it answers, else from the copy on the phone. */
export function useFieldData(access: FieldAccess): FieldData {
  const api = useMemo(() => createFieldApi(), []);
  const [tasks, setTasks] = useState<FieldTask[] | undefined>();
  const [tasksSavedAt, setTasksSavedAt] = useState<string | undefined>();
  const [tasksFailed, setTasksFailed] = useState(false);
  const [areas, setAreas] = useState<AreaFeature[]>([]);
  const [places, setPlaces] = useState<PlaceView[]>([]);
  const { userId } = access;
  const accessRef = useRef(access);
  accessRef.current = access;

  const reloadTasks = useCallback(() => {
    const fallBack = async () => {
      const cached = fieldDbAvailable() ? await readCached<FieldTask[]>(tasksKey(userId)).catch(() => undefined) : undefined;
      if (cached) {
        setTasks(cached.value);
        setTasksSavedAt(cached.savedAt);
      } else setTasksFailed(true);
    };
    void (async () => {
      const token = await accessRef.current.token();
      if (!token) return fallBack();
      try {
        const list: FieldTaskList = await api.tasks(token);
        const items = Array.isArray(list?.items) ? list.items : [];
        setTasks(items);
        setTasksSavedAt(undefined);
        setTasksFailed(false);
        if (fieldDbAvailable()) void writeCached(tasksKey(userId), items).catch(() => undefined);
      } catch {
        await fallBack();
      }
    })();
  }, [api, userId]);

  useEffect(() => {
    reloadTasks();
    api.areas().then(
      (collection: AreaFeatureCollection) => {
        const features = Array.isArray(collection?.features) ? collection.features : [];
        setAreas(features);
        if (fieldDbAvailable()) void writeCached(AREAS_KEY, features).catch(() => undefined);
      },
      async () => {
        const cached = fieldDbAvailable() ? await readCached<AreaFeature[]>(AREAS_KEY).catch(() => undefined) : undefined;
        if (cached) setAreas(cached.value);
      },
    );
    api.places().then(
      (list) => {
        const items = Array.isArray(list?.places) ? list.places : [];
        setPlaces(items);
        if (fieldDbAvailable()) void writeCached(PLACES_KEY, items).catch(() => undefined);
      },
      async () => {
        const cached = fieldDbAvailable() ? await readCached<PlaceView[]>(PLACES_KEY).catch(() => undefined) : undefined;
        if (cached) setPlaces(cached.value);
      },
    );
  }, [api, reloadTasks]);

  const applyTask = useCallback((task: FieldTask) => {
    setTasks((current) => {
      const list = current ?? [];
      const at = list.findIndex((t) => t.id === task.id);
      return at === -1 ? [task, ...list] : list.map((t, i) => (i === at ? task : t));
    });
  }, []);

  return { tasks, tasksSavedAt, tasksFailed, areas, places, reloadTasks, applyTask };
}
