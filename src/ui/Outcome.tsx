// What came of an action, in words: done (a status VoiceOver reads) or why not (an alert).
export function Outcome(props: { message: string | null; error: string | null }) {
  return (
    <>
      {props.message && <p role="status">{props.message}</p>}
      {props.error && (
        <p class="field-error" role="alert">
          {props.error}
        </p>
      )}
    </>
  );
}
