// /join: join a class another teacher shares, with the code she gave you. The QR code on the owner's
// screen opens it with the code filled in (/join?code=K7QM-4XRT); the first screen and Manage classes
// link here, for a code no listed invitation names (she may have signed up with another email).
import { useLocation } from 'preact-iso';
import { Loading } from '../../ui/EmptyState.tsx';
import { InvitationsToMe } from './InvitationsToMe.tsx';
import { tidyCode } from './inviteCode.ts';
import { JoinWithCode, SignInFirst, useSignedIn } from './JoinWithCode.tsx';
import './classes.css';

export function JoinScreen() {
  const { query } = useLocation();
  const typed = query.code ?? '';
  const tidy = tidyCode(typed);
  const code = tidy.ok ? tidy.code : typed;
  const signedIn = useSignedIn();
  return (
    <section aria-labelledby="join-title">
      <header class="screen-header">
        <h1 id="join-title">Join a shared class</h1>
        <p class="muted">
          A teacher who shares her class with you hands you a one-time code, like K7QM-4XRT (or a QR code to
          scan). It lasts 14 days.
        </p>
      </header>
      {signedIn === null ? (
        <Loading what="your sync account" />
      ) : signedIn ? (
        <>
          <div class="card">
            <JoinWithCode
              label="The code she gave you"
              formName="Join a shared class"
              initialCode={code}
              autoFocus={!code}
            />
          </div>
          <InvitationsToMe />
        </>
      ) : (
        <div class="card">
          <SignInFirst code={tidy.ok ? tidy.code : undefined} />
        </div>
      )}
      <p>
        <a href="/classes">Your classes</a>
      </p>
    </section>
  );
}
