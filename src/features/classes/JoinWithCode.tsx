// The invited teacher enters the code the owner gave her: typed as it comes (lower case, spaces, a dash),
// checked for what cannot be a code before the server is asked, the server's own words beside the field
// when it refuses (no such code, locked, for another account, expired, too many tries). Once joined, the
// class comes down with the sync that starts at once, and opens as soon as it is here.
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { getClass } from '../../data/index.ts';
import { failureWords } from '../../protocol/words.ts';
import { chooseClass } from '../../state/currentClass.ts';
import {
  accountStatus,
  currentAccount,
  type Joined,
  joinWithCode,
  sync,
  UnreachableError,
} from '../../sync/index.ts';
import { useLive } from '../../ui/useLive.ts';
import { useStatus } from '../../ui/useStatus.ts';
import { tidyCode } from './inviteCode.ts';
import { ROLE_WORDS } from './roles.ts';

/** Signed in to sync on this device: null until known. */
export function useSignedIn(): boolean | null {
  const account = useStatus(accountStatus);
  useEffect(() => {
    if (!account) void currentAccount();
  }, [account]);
  return account ? !!account.token : null;
}

/** Joining needs her sync account on this device: where to sign in, and the code to type afterwards. */
export function SignInFirst(props: { code?: string }) {
  return (
    <div class="sign-in-first">
      <p>
        To join a shared class, this app must first be signed in to sync:{' '}
        <a href="/settings#sync">Settings → Sync</a>. Then enter the code here.
      </p>
      {props.code && (
        <p>
          If you use the app from your Home Screen, open it there (it keeps its own sign-in) and type the code{' '}
          <strong class="code-inline">{props.code}</strong>.
        </p>
      )}
    </div>
  );
}

function refusalWords(failure: unknown): string {
  if (failure instanceof UnreachableError)
    return 'The sync server cannot be reached: joining needs a connection. Try again once you are online.';
  return failureWords(failure);
}

export function JoinWithCode(props: {
  /** Words for the field's label: whose code it is. */
  label: string;
  /** A name for the form, for VoiceOver: "Join Room 12 Writers". */
  formName: string;
  initialCode?: string;
  autoFocus?: boolean;
  onJoined?: (joined: Joined) => void;
  /** The class has arrived and is now the one on screen. */
  onOpened?: () => void;
}) {
  const [code, setCode] = useState(props.initialCode ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [joined, setJoined] = useState<Joined | null>(null);
  const id = props.formName.replace(/\W+/g, '-').toLowerCase();
  if (joined) return <Arriving joined={joined} onOpened={props.onOpened} />;

  async function submit(event: Event) {
    event.preventDefault();
    const tidy = tidyCode(code);
    if (!tidy.ok) {
      setError(tidy.problem);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const done = await joinWithCode(sync, tidy.code);
      setJoined(done);
      props.onJoined?.(done);
    } catch (failure) {
      setError(refusalWords(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="join-form" aria-label={props.formName} onSubmit={submit}>
      <label class="field">
        <span>{props.label}</span>
        <span class="join-row">
          <input
            class="code-field"
            value={code}
            onInput={(e) => setCode(e.currentTarget.value)}
            placeholder="K7QM-4XRT"
            autoComplete="one-time-code"
            autoCapitalize="characters"
            autoCorrect="off"
            spellcheck={false}
            // biome-ignore lint/a11y/noAutofocus: the join screen is for this one field.
            autoFocus={props.autoFocus}
            maxLength={40}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          <button type="submit" class="primary" disabled={busy}>
            {busy ? 'Joining…' : 'Join'}
          </button>
        </span>
      </label>
      {error && (
        <p id={`${id}-error`} class="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

/** Joined: the class is on its way down; it opens as soon as it is here and the sync has finished. */
function Arriving(props: { joined: Joined; onOpened?: () => void }) {
  const { joined } = props;
  const { route, path } = useLocation();
  const here = useLive(() => getClass(joined.classId), [joined.classId]);
  const state = useStatus(sync.status);
  const arrived = here.status === 'ready' && !!here.value && state.kind !== 'syncing';
  useEffect(() => {
    if (!arrived) return;
    void chooseClass(joined.classId).then(() => {
      props.onOpened?.();
      if (path !== '/') route('/');
    });
  }, [arrived]);
  const role = ROLE_WORDS[joined.role].toLowerCase();
  return (
    <div class="joined" role="status">
      <p>
        <strong>You joined {joined.className}</strong> ({joined.owner}’s class) as {role}.{' '}
        {arrived
          ? 'It is here: opening it.'
          : 'It arrives with this sync, beside your own classes, and opens here as soon as it has.'}
      </p>
      {state.kind === 'error' && !arrived && (
        <p class="field-error">
          The sync did not finish ({state.reason}): the class arrives with the next sync that does.
        </p>
      )}
    </div>
  );
}
