import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ErrorBoundary, LocationProvider, lazy, Route, Router, useLocation } from 'preact-iso';
import { ClassScreen } from '../features/classes/ClassScreen.tsx';
import { afterFirstScreen } from '../state/firstScreen.ts';
import { hideNames, locked, namesHidden } from '../state/privacy.ts';
import { EmptyState } from '../ui/EmptyState.tsx';
import { initialsOnly } from '../ui/names.ts';
import { CloseSheet, Covered } from '../ui/underSheet.ts';
import { useStatus } from '../ui/useStatus.ts';
import { ClassPicker } from './ClassPicker.tsx';
import { Nav } from './Nav.tsx';
import { HideButton, isHideShortcut, NamesCover } from './Privacy.tsx';
import { ScreenFocus } from './ScreenFocus.tsx';
import { Banners, ConnectionIndicator, SavedNotice, SyncStatusSlot } from './StatusBar.tsx';

// The landing screen is in the shell; the others load on first use. The service worker precaches every
// chunk, so they open offline too, and they are preloaded once the first screen is up.
const ThisWeekScreen = lazy(() =>
  import('../features/week/ThisWeekScreen.tsx').then((m) => m.ThisWeekScreen),
);
const RosterScreen = lazy(() => import('../features/roster/RosterScreen.tsx').then((m) => m.RosterScreen));
const StudentPage = lazy(() => import('../features/students/StudentPage.tsx').then((m) => m.StudentPage));
const ClassesScreen = lazy(() =>
  import('../features/classes/ClassesScreen.tsx').then((m) => m.ClassesScreen),
);
const GoalsScreen = lazy(() => import('../features/goals/GoalsScreen.tsx').then((m) => m.GoalsScreen));
const SettingsScreen = lazy(() =>
  import('../features/settings/SettingsScreen.tsx').then((m) => m.SettingsScreen),
);
const ConferenceSheet = lazy(() =>
  import('../features/conference/ConferenceSheet.tsx').then((m) => m.ConferenceSheet),
);
const PatternsScreen = lazy(() =>
  import('../features/patterns/PatternsScreen.tsx').then((m) => m.PatternsScreen),
);
const CheatSheetScreen = lazy(() =>
  import('../features/patterns/CheatSheetScreen.tsx').then((m) => m.CheatSheetScreen),
);
const PrintScreen = lazy(() => import('../features/print/PrintScreen.tsx').then((m) => m.PrintScreen));
const ReflectScreen = lazy(() =>
  import('../features/reflect/ReflectScreen.tsx').then((m) => m.ReflectScreen),
);
const MyConferringScreen = lazy(() =>
  import('../features/mirror/MyConferringScreen.tsx').then((m) => m.MyConferringScreen),
);
const SearchScreen = lazy(() => import('../features/search/SearchScreen.tsx').then((m) => m.SearchScreen));
const JoinScreen = lazy(() => import('../features/classes/JoinScreen.tsx').then((m) => m.JoinScreen));
// The lock screen loads when the app is locked (precached like every chunk, so offline too).
const LockScreen = lazy(() => import('./LockScreen.tsx').then((m) => m.LockScreen));
const LATER = [
  ConferenceSheet,
  ThisWeekScreen,
  RosterScreen,
  StudentPage,
  ClassesScreen,
  GoalsScreen,
  SettingsScreen,
  PatternsScreen,
  CheatSheetScreen,
  SearchScreen,
];

/**
 * This week, and over it the quick-log sheet opened from the week (/week/log?students=…). Both paths are
 * this one route component, so the week stays mounted under the sheet, covered (its queries wait): Save
 * goes back to a grid already drawn, with the saved conference put in its box (showSavedConference),
 * scrolled where she left it, the box she tapped focused again (VoiceOver carries on from it).
 */
function WeekAndSheet() {
  const { path, url, route } = useLocation();
  // Closed by Save or Close: the week shows now; the address follows when Back lands.
  const [closed, setClosed] = useState<string | null>(null);
  const logging = path === '/week/log' && closed !== url;
  useEffect(() => {
    if (path !== '/week/log') setClosed(null);
  }, [path]);
  const close = () => {
    setClosed(url);
    if (window.history.length > 1) window.history.back();
    else route('/week', true);
  };
  const left = useRef<{ scrollY: number; opener: HTMLElement | null }>({ scrollY: 0, opener: null });
  const weekShows = useRef(!logging);
  weekShows.current = !logging;
  useEffect(() => {
    // Where she has scrolled the week, kept as she scrolls: reading it at the tap would make the browser
    // lay the page out first, in the middle of the tap.
    const onScroll = () => {
      if (weekShows.current) left.current.scrollY = window.scrollY;
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, []);
  useLayoutEffect(() => {
    if (logging) return;
    const { scrollY, opener } = left.current;
    window.scrollTo(0, scrollY);
    if (opener?.isConnected && !opener.closest('[hidden]')) {
      opener.dataset.returnedFocus = '';
      opener.focus({ preventScroll: true });
    }
  }, [logging]);
  return (
    <>
      <div
        class="under-sheet"
        hidden={logging}
        onClickCapture={(event) => {
          const target =
            event.target instanceof Element ? event.target.closest<HTMLElement>('a, button') : null;
          left.current.opener = target;
        }}
      >
        <Covered.Provider value={logging}>
          <ThisWeekScreen />
        </Covered.Provider>
      </div>
      {logging && (
        // The sheet's chunk may still be loading on a cold start: the boundary waits for it.
        <ErrorBoundary>
          <CloseSheet.Provider value={close}>
            <ConferenceSheet />
          </CloseSheet.Provider>
        </ErrorBoundary>
      )}
    </>
  );
}

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
  useEffect(() => {
    // Once the first screen has painted: the sheet (a tap on a box needs it), then, a second later, the
    // rest, so that they do not hold up the sheet of a tap that comes at once.
    let timer: ReturnType<typeof setTimeout> | undefined;
    afterFirstScreen(() => {
      void ConferenceSheet.preload().finally(() => {
        timer = setTimeout(() => {
          for (const screen of LATER) void screen.preload();
        }, 1000);
      });
    });
    return () => clearTimeout(timer);
  }, []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isHideShortcut(event)) return;
      event.preventDefault();
      void hideNames(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  const hidden = useStatus(namesHidden);
  const isLocked = useStatus(locked);
  const initials = useStatus(initialsOnly);
  // Until the privacy settings are read, and while locked or hidden, nothing of hers shows or is reachable.
  const covered = hidden || isLocked !== false;
  return (
    <LocationProvider>
      <div class="shell" inert={covered} aria-hidden={covered ? 'true' : undefined}>
        <header class="topbar">
          <span class="brand">Conferring Clipboard</span>
          <ClassPicker />
          <HideButton />
          <ConnectionIndicator />
          <SyncStatusSlot />
        </header>
        <Banners />
        {/* Initials on or off re-renders every screen with the names as they may now show. */}
        <main class="screen" key={initials ? 'initials' : 'names'}>
          <ErrorBoundary>
            <Router>
              <Route path="/" component={ClassScreen} />
              <Route path="/week" component={WeekAndSheet} />
              <Route path="/week/log" component={WeekAndSheet} />
              <Route path="/students" component={RosterScreen} />
              <Route path="/students/:id" component={StudentPage} />
              <Route path="/classes" component={ClassesScreen} />
              <Route path="/join" component={JoinScreen} />
              <Route path="/conference/new" component={ConferenceSheet} />
              <Route path="/conference/:id" component={ConferenceSheet} />
              <Route path="/patterns" component={PatternsScreen} />
              <Route path="/cheat-sheet" component={CheatSheetScreen} />
              <Route path="/search" component={SearchScreen} />
              <Route path="/my-conferring" component={MyConferringScreen} />
              <Route path="/reflect/:id" component={ReflectScreen} />
              <Route path="/print/:form" component={PrintScreen} />
              <Route path="/goals" component={GoalsScreen} />
              <Route path="/settings" component={SettingsScreen} />
              <Route default component={NotFound} />
            </Router>
          </ErrorBoundary>
        </main>
        <Nav />
        <SavedNotice />
        <ScreenFocus />
      </div>
      {isLocked === null ? (
        <div class="cover" aria-busy="true" />
      ) : isLocked ? (
        // The boundary waits for the lock screen's chunk (the blank cover shows until then).
        <ErrorBoundary>
          <div class="cover">
            <LockScreen />
          </div>
        </ErrorBoundary>
      ) : (
        hidden && <NamesCover />
      )}
    </LocationProvider>
  );
}
