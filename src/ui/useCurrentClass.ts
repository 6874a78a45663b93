// The current class record, live; falls back to the first class when none was chosen yet.
import { useEffect } from 'preact/hooks';
import { type ClassRecord, listClasses } from '../data/index.ts';
import { CLASSES_KEY, currentClassId, loadCurrentClass, pickCurrent } from '../state/currentClass.ts';
import { type Live, useLive } from './useLive.ts';
import { useStatus } from './useStatus.ts';

export interface ClassChoice {
  classes: ClassRecord[];
  current: ClassRecord | null;
}

export function useCurrentClass(): Live<ClassChoice> {
  const chosen = useStatus(currentClassId);
  useEffect(() => {
    if (chosen === undefined) void loadCurrentClass();
  }, [chosen]);
  const live = useLive(listClasses, [], CLASSES_KEY);
  if (live.status !== 'ready' || chosen === undefined)
    return live.status === 'error' ? live : { status: 'loading', value: undefined, error: null };
  return {
    status: 'ready',
    value: { classes: live.value, current: pickCurrent(live.value, chosen) },
    error: null,
  };
}
