import { AccountSection } from './AccountSection.tsx';
import { BackupSection } from './BackupSection.tsx';
import { ConflictsSection } from './ConflictsSection.tsx';
import { FormsSection } from './FormsSection.tsx';
import { KeptAsideSection } from './KeptAsideSection.tsx';
import { ParkedSection } from './ParkedSection.tsx';
import { PrivacySection } from './PrivacySection.tsx';
import { ReportSection } from './ReportSection.tsx';
import { SafariTabSection } from './SafariTabSection.tsx';
import { StorageSection } from './StorageSection.tsx';
import { SyncSection } from './SyncSection.tsx';
import { ThresholdsSection } from './ThresholdsSection.tsx';
import './settings.css';

export function SettingsScreen() {
  return (
    <section aria-labelledby="settings-title">
      <header class="screen-header">
        <h1 id="settings-title">Settings</h1>
      </header>
      <p>
        <a href="/classes">Manage classes</a>
      </p>
      <SafariTabSection />
      <SyncSection />
      <AccountSection />
      <PrivacySection />
      <ConflictsSection />
      <ParkedSection />
      <KeptAsideSection />
      <ThresholdsSection />
      <BackupSection />
      <ReportSection />
      <FormsSection />
      <StorageSection />
    </section>
  );
}
