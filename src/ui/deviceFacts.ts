// Reads what homeScreen.ts decides from: the user agent, touch points and display mode. Never throws.
import type { DeviceFacts } from './homeScreen.ts';

/**
 * Test hook, and the only one: a touch-point count stored under this key replaces
 * `navigator.maxTouchPoints`, and nothing else. WebKitGTK (the engine the end-to-end tests run as iPad
 * Safari) reports 0 touch points on every machine (WebKit returns 5 only in its iOS builds), while its
 * MiniBrowser can send an iPad's user agent for real (its --user-agent setting). No iPad has this key set.
 */
export const CLAIMED_TOUCH_POINTS_KEY = 'conferring-clipboard:test-claims-touch-points';

function claimedTouchPoints(): number | null {
  try {
    const claimed = Number.parseInt(localStorage.getItem(CLAIMED_TOUCH_POINTS_KEY) ?? '', 10);
    return Number.isNaN(claimed) ? null : claimed;
  } catch {
    return null;
  }
}

export function readDeviceFacts(): DeviceFacts {
  let displayModeStandalone = false;
  try {
    displayModeStandalone = matchMedia('(display-mode: standalone)').matches;
  } catch {
    // A browser without matchMedia is not a home-screen app.
  }
  return {
    userAgent: navigator.userAgent,
    maxTouchPoints: claimedTouchPoints() ?? navigator.maxTouchPoints ?? 0,
    displayModeStandalone,
    navigatorStandalone: (navigator as Navigator & { standalone?: boolean }).standalone === true,
  };
}
