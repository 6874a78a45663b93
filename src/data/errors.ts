// Turns IndexedDB failures into messages a teacher can act on. A failed write is a rolled-back
// transaction: the message always says that nothing from that change was saved.

export type StorageErrorKind = 'full' | 'lost' | 'blocked' | 'invalid' | 'unknown';

export class StorageError extends Error {
  constructor(
    readonly kind: StorageErrorKind,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

/** Input the teacher can fix (an empty name, say): shown beside the field, nothing written. */
export class InvalidInputError extends StorageError {
  constructor(message: string) {
    super('invalid', message);
    this.name = 'InvalidInputError';
  }
}

const NOTHING_SAVED = 'Nothing from this change was saved.';

function namesOf(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    if (typeof current === 'object' && 'name' in current && typeof current.name === 'string') {
      names.push(current.name);
    }
    current = typeof current === 'object' && current !== null ? (current as { inner?: unknown }).inner : null;
  }
  return names;
}

/** True for the errors iPad Safari gives when it dropped the IndexedDB connection in the background. */
export function isLostConnection(error: unknown): boolean {
  const names = namesOf(error);
  return names.some((n) => n === 'DatabaseClosedError' || n === 'InvalidStateError' || n === 'UnknownError');
}

export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const names = namesOf(error);
  if (names.includes('QuotaExceededError')) {
    return new StorageError(
      'full',
      `This device has no room left for the clipboard. ${NOTHING_SAVED} Free some space on the device, then try again.`,
      error,
    );
  }
  if (isLostConnection(error)) {
    return new StorageError(
      'lost',
      `The app lost its connection to its storage. ${NOTHING_SAVED} Try again; if it keeps happening, close and reopen the app.`,
      error,
    );
  }
  if (names.includes('VersionError') || names.includes('UpgradeError')) {
    return new StorageError(
      'blocked',
      `A newer version of the app is open somewhere else. ${NOTHING_SAVED} Reload to use the newer version.`,
      error,
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new StorageError('unknown', `Saving failed: ${detail}. ${NOTHING_SAVED}`, error);
}
