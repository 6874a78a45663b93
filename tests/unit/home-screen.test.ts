// Where the app runs, from what the browser says of itself: the Safari-tab notice shows only in a tab on
// an iPad or an iPhone, never from the Home Screen, never on a laptop or in a one-finger emulator. And
// what Settings says of it, with whether the browser agreed to keep the data.
import { describe, expect, it } from 'vitest';
import { keptWords, openedWords } from '../../src/features/settings/storageWords.ts';
import { type DeviceFacts, inSafariTab, whereItRuns } from '../../src/ui/homeScreen.ts';

// User agents as these browsers send them.
const IPADOS_SAFARI =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15';
const IPAD_MOBILE_SITE =
  'Mozilla/5.0 (iPad; CPU OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';
const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';
const DESKTOP_CHROME_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const DESKTOP_CHROME_MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const ANDROID_TABLET =
  'Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

function facts(over: Partial<DeviceFacts>): DeviceFacts {
  return {
    userAgent: IPADOS_SAFARI,
    maxTouchPoints: 5,
    displayModeStandalone: false,
    navigatorStandalone: false,
    ...over,
  };
}

describe('where the app runs', () => {
  it('an iPad Safari tab: a Mac user agent with touch, not standalone — the notice shows', () => {
    const where = whereItRuns(facts({}));
    expect(where).toEqual({ device: 'iPad', installed: false });
    expect(inSafariTab(where)).toBe(true);
  });

  it('an iPad asking for the mobile site (or before iPadOS 13) says iPad: still an iPad tab', () => {
    expect(whereItRuns(facts({ userAgent: IPAD_MOBILE_SITE }))).toEqual({ device: 'iPad', installed: false });
  });

  it('the installed iPad app, by display mode, by navigator.standalone, or both — no notice', () => {
    for (const installed of [
      { displayModeStandalone: true, navigatorStandalone: true },
      { displayModeStandalone: true },
      { navigatorStandalone: true },
    ]) {
      const where = whereItRuns(facts(installed));
      expect(where).toEqual({ device: 'iPad', installed: true });
      expect(inSafariTab(where)).toBe(false);
    }
  });

  it('desktop Chrome (Windows or Mac), a desktop Mac’s Safari and an Android tablet are not told', () => {
    for (const desktop of [
      facts({ userAgent: DESKTOP_CHROME_WINDOWS, maxTouchPoints: 0 }),
      facts({ userAgent: DESKTOP_CHROME_MAC, maxTouchPoints: 0 }),
      facts({ userAgent: IPADOS_SAFARI, maxTouchPoints: 0 }),
      // A touch-screen Windows laptop has touch, but no Mac or iPad user agent.
      facts({ userAgent: DESKTOP_CHROME_WINDOWS, maxTouchPoints: 10 }),
      facts({ userAgent: ANDROID_TABLET, maxTouchPoints: 5 }),
    ]) {
      expect(whereItRuns(desktop).device).toBeNull();
      expect(inSafariTab(whereItRuns(desktop))).toBe(false);
    }
    // Installed elsewhere (Chrome's "Install app"): installed, and still not an iPad.
    expect(
      whereItRuns(facts({ userAgent: DESKTOP_CHROME_MAC, maxTouchPoints: 0, displayModeStandalone: true })),
    ).toEqual({ device: null, installed: true });
  });

  it('an iPhone in a Safari tab is told too (same rule, same Share → Add to Home Screen); installed, not', () => {
    const tab = whereItRuns(facts({ userAgent: IPHONE_SAFARI }));
    expect(tab).toEqual({ device: 'iPhone', installed: false });
    expect(inSafariTab(tab)).toBe(true);
    expect(inSafariTab(whereItRuns(facts({ userAgent: IPHONE_SAFARI, navigatorStandalone: true })))).toBe(
      false,
    );
  });

  it('an emulator’s one touch point (Chromium’s iPad emulation) is not an iPad', () => {
    expect(whereItRuns(facts({ userAgent: IPAD_MOBILE_SITE, maxTouchPoints: 1 })).device).toBeNull();
    expect(whereItRuns(facts({ userAgent: IPADOS_SAFARI, maxTouchPoints: 1 })).device).toBeNull();
  });
});

describe('what Settings says', () => {
  const tab = { device: 'iPad', installed: false } as const;
  const homeScreen = { device: 'iPad', installed: true } as const;
  const laptop = { device: null, installed: false } as const;

  it('whether this iPad agreed to keep the data, plainly, with the seven-day rule in a tab', () => {
    expect(keptWords(true, homeScreen)).toBe(
      'This iPad has agreed to keep the clipboard’s data: it will not clear it to make room.',
    );
    expect(keptWords(false, tab)).toBe(
      'This iPad has not agreed: it may clear the clipboard’s data when space runs low, or after seven days of Safari use without a visit. Back up (above), or turn on sync, so a copy lives elsewhere.',
    );
    expect(keptWords(false, homeScreen)).not.toContain('seven days');
    expect(keptWords(null, laptop)).toMatch(/^This browser has not said whether it will keep/);
    expect(keptWords(true, { device: 'iPhone', installed: false })).toMatch(/^This iPhone has agreed/);
  });

  it('where it is open', () => {
    expect(openedWords(tab)).toBe('In a Safari tab, not from the Home Screen: see the top of Settings.');
    expect(openedWords(homeScreen)).toMatch(/^From the Home Screen/);
    expect(openedWords(laptop)).toBe('In a browser tab.');
    expect(openedWords({ device: null, installed: true })).toBe('As an installed app.');
  });
});
