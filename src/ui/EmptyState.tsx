import type { ComponentChildren } from 'preact';

export function EmptyState(props: { title: string; children?: ComponentChildren }) {
  return (
    <section class="empty-state" aria-label={props.title}>
      <h2>{props.title}</h2>
      {props.children}
    </section>
  );
}

export function Loading(props: { what: string }) {
  return (
    <p class="loading" role="status">
      Loading {props.what}…
    </p>
  );
}

export function LoadError(props: { error: Error }) {
  return (
    <p class="banner banner-error" role="alert">
      Could not read your records: {props.error.message}
    </p>
  );
}
