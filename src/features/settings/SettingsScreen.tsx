import { StorageSection } from './StorageSection.tsx';

export function SettingsScreen() {
  return (
    <section aria-labelledby="settings-title">
      <header class="screen-header">
        <h1 id="settings-title">Settings</h1>
      </header>
      <StorageSection />
    </section>
  );
}
