// Invite a teacher to a class: as co-teacher or coach, and, if she wants, for one teacher's sync account
// only. The answer is a one-time code the owner hands over (InvitationCode.tsx).
import { useState } from 'preact/hooks';
import type { Role } from '../../sync/index.ts';
import { ROLE_DOES, ROLE_WORDS } from './roles.ts';

export function InviteForm(props: {
  classId: string;
  className: string;
  busy: boolean;
  disabled: boolean;
  error: string | null;
  onInvite: (email: string, role: Role) => Promise<boolean>;
}) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('coteacher');
  const errorId = `invite-error-${props.classId}`;
  const hintId = `invite-hint-${props.classId}`;
  return (
    <form
      class="share-form"
      aria-label={`Invite a teacher to ${props.className}`}
      onSubmit={(event) => {
        event.preventDefault();
        void props.onInvite(email.trim(), role).then((made) => made && setEmail(''));
      }}
    >
      <h4>Invite a teacher</h4>
      <fieldset class="share-roles">
        <legend>She will be</legend>
        {(['coteacher', 'coach'] as const).map((r) => (
          <label key={r}>
            <input
              type="radio"
              name={`role-${props.classId}`}
              checked={role === r}
              onChange={() => setRole(r)}
            />
            <span>
              <strong>{ROLE_WORDS[r]}</strong>: {ROLE_DOES[r]}
            </span>
          </label>
        ))}
      </fieldset>
      <label class="field">
        <span>For whom (optional): her email</span>
        <input
          type="email"
          autoComplete="off"
          autoCapitalize="none"
          spellcheck={false}
          placeholder="e.g. mr.okafor@school.org"
          value={email}
          onInput={(e) => setEmail(e.currentTarget.value)}
          aria-describedby={props.error ? `${hintId} ${errorId}` : hintId}
          aria-invalid={props.error ? true : undefined}
        />
      </label>
      <p id={hintId} class="muted">
        With her email, only her sync account can accept the code. Without it, whoever you hand the code to
        can join.
      </p>
      {props.error && (
        <p id={errorId} class="field-error" role="alert">
          {props.error}
        </p>
      )}
      <p>
        <button type="submit" class="primary" disabled={props.busy || props.disabled}>
          Make an invitation code
        </button>
      </p>
    </form>
  );
}
