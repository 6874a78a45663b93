// A labelled password or PIN field: the one shape for every password and PIN the app asks for (sign in,
// the account's own forms, Forgot PIN, setting and turning off the PIN). A PIN keeps digits only, at most 8.
export function SecretField(props: {
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** `current-password`, `new-password`, or `off` for a PIN. */
  autocomplete: string;
  pin?: boolean;
}) {
  return (
    <label class="field">
      <span>{props.label}</span>
      <input
        type="password"
        inputMode={props.pin ? 'numeric' : undefined}
        maxLength={props.pin ? 8 : undefined}
        autocomplete={props.autocomplete}
        value={props.value}
        onInput={(e) => {
          const value = e.currentTarget.value;
          props.onInput(props.pin ? value.replace(/\D/g, '').slice(0, 8) : value);
        }}
      />
    </label>
  );
}
