// A per-device setting (idb-keyval) as component state; every component showing it updates on a change.
import { useEffect, useState } from 'preact/hooks';
import {
  createStatus,
  DEFAULT_SETTINGS,
  getSetting,
  type Settings,
  type Status,
  setSetting,
} from '../data/index.ts';

const statuses = new Map<keyof Settings, Status<unknown>>();

function statusOf<K extends keyof Settings>(key: K): Status<Settings[K]> {
  let status = statuses.get(key) as Status<Settings[K]> | undefined;
  if (!status) {
    status = createStatus<Settings[K]>(DEFAULT_SETTINGS[key]);
    statuses.set(key, status as Status<unknown>);
    const made = status;
    void getSetting(key).then((value) => made.set(value));
  }
  return status;
}

export function useSetting<K extends keyof Settings>(
  key: K,
): [Settings[K], (value: Settings[K]) => Promise<void>] {
  const status = statusOf(key);
  const [value, setValue] = useState(status.get());
  useEffect(() => {
    setValue(status.get());
    return status.subscribe(setValue);
  }, [status]);
  const update = async (next: Settings[K]) => {
    await setSetting(key, next);
    status.set(next);
  };
  return [value, update];
}
