import { LocationProvider, Route, Router } from 'preact-iso';
import { ClassScreen } from '../features/classes/ClassScreen.tsx';
import { GoalsScreen } from '../features/goals/GoalsScreen.tsx';
import { SettingsScreen } from '../features/settings/SettingsScreen.tsx';
import { StudentsScreen } from '../features/students/StudentsScreen.tsx';
import { ThisWeekScreen } from '../features/week/ThisWeekScreen.tsx';
import { EmptyState } from './EmptyState.tsx';
import { Nav } from './Nav.tsx';
import { Banners, ConnectionIndicator } from './StatusBar.tsx';

function NotFound() {
  return (
    <EmptyState title="Nothing here">
      <p>
        That page does not exist. <a href="/">Back to the class</a>
      </p>
    </EmptyState>
  );
}

export function App() {
  return (
    <LocationProvider>
      <div class="shell">
        <header class="topbar">
          <span class="brand">Conferring Clipboard</span>
          <ConnectionIndicator />
        </header>
        <Banners />
        <main class="screen">
          <Router>
            <Route path="/" component={ClassScreen} />
            <Route path="/week" component={ThisWeekScreen} />
            <Route path="/students" component={StudentsScreen} />
            <Route path="/goals" component={GoalsScreen} />
            <Route path="/settings" component={SettingsScreen} />
            <Route default component={NotFound} />
          </Router>
        </main>
        <Nav />
      </div>
    </LocationProvider>
  );
}
