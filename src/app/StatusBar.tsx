// Always visible: online/offline, and the banners that must reach the teacher (a failed save, a newer
// version in another tab, an update ready to load, a class no longer shared with her, her notes in a
// Safari tab).
import { useEffect } from 'preact/hooks';
import { ErrorBoundary, lazy } from 'preact-iso';
import { appStore } from '../data/index.ts';
import { lateBanner } from '../state/lateBanner.ts';
import { notice } from '../state/notice.ts';
import { syncStatus } from '../sync/index.ts';
import { useStatus } from '../ui/useStatus.ts';
import { connection } from './online.ts';
import { reloadToUpdate, updateReady } from './update.ts';

export function ConnectionIndicator() {
  const online = useStatus(connection);
  return (
    <span class={`connection ${online ? 'is-online' : 'is-offline'}`} role="status" aria-live="polite">
      <span class="dot" aria-hidden="true" />
      {online ? 'Online' : 'Offline — saving on this iPad'}
    </span>
  );
}

export function Banners() {
  const store = appStore();
  const state = useStatus(store.state);
  const update = useStatus(updateReady);
  const late = useStatus(lateBanner);
  return (
    <div class="banners">
      {state.error && (
        <div class="banner banner-error" role="alert">
          <span>{state.error.message}</span>
          <button type="button" onClick={() => store.state.set({ ...store.state.get(), error: null })}>
            Dismiss
          </button>
        </div>
      )}
      {state.reloadNeeded && (
        <div class="banner banner-warn" role="alert">
          <span>
            A newer version of the app was opened. Reload to keep working; your saved notes are safe.
          </span>
          <button type="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        </div>
      )}
      {update && !state.reloadNeeded && (
        <div class="banner banner-info" role="status">
          <span>A new version is ready. Reload between conferences; nothing you saved is lost.</span>
          <button type="button" onClick={reloadToUpdate}>
            Reload
          </button>
        </div>
      )}
      <NoLongerSharedWhenAny />
      {late && <late.Banner />}
    </div>
  );
}

const NOTICE_MS = 5000;

/** "Saved: …": a few seconds over the bottom of the screen; taps go through it to what is under it. */
export function SavedNotice() {
  const current = useStatus(notice);
  useEffect(() => {
    if (!current) return;
    const timer = setTimeout(() => notice.get() === current && notice.set(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [current]);
  return (
    <p class={`notice${current ? ' is-shown' : ''}`} role="status">
      {current?.text}
    </p>
  );
}

const NoLongerSharedNotice = lazy(() => import('./NoLongerShared.tsx').then((m) => m.NoLongerSharedNotice));

/** A class a sync took off this device, said once (NoLongerShared.tsx, loaded only then). */
function NoLongerSharedWhenAny() {
  const gone = useStatus(syncStatus)?.noLongerShared ?? [];
  // The boundary waits for the notice's chunk.
  return gone.length > 0 ? (
    <ErrorBoundary>
      <NoLongerSharedNotice gone={gone} />
    </ErrorBoundary>
  ) : null;
}

const SyncIndicator = lazy(() => import('./SyncIndicator.tsx').then((m) => m.SyncIndicator));

/** The sync status, once the sync client has loaded (a moment after the first screen) and with it. */
export function SyncStatusSlot() {
  return useStatus(syncStatus) ? (
    <ErrorBoundary>
      <SyncIndicator />
    </ErrorBoundary>
  ) : null;
}
