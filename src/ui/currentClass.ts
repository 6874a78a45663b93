// Which class the teacher is looking at, remembered across launches (a small setting, not a record).
import { getSetting, setSetting } from '../data/index.ts';
import { createStatus } from '../data/status.ts';

export const currentClassId = createStatus<string | null | undefined>(undefined);

export async function loadCurrentClass(): Promise<void> {
  currentClassId.set(await getSetting('currentClassId'));
}

export async function chooseClass(id: string | null): Promise<void> {
  currentClassId.set(id);
  await setSetting('currentClassId', id);
}
