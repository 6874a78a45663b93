// Where the app runs: on an iPad (or an iPhone), and whether from the Home Screen or in a Safari tab. In a
// tab, WebKit deletes a site's stored data after seven days of Safari use without a visit
// (https://webkit.org/blog/10218/full-third-party-cookie-blocking-and-more/): a summer break can empty
// the clipboard. An app added to the Home Screen keeps its own count of days, which her use resets.
// Pure: the facts are read from the browser by deviceFacts.ts.

export interface DeviceFacts {
  userAgent: string;
  maxTouchPoints: number;
  /** `matchMedia('(display-mode: standalone)').matches` */
  displayModeStandalone: boolean;
  /** Safari's own `navigator.standalone`: true when opened from the Home Screen. */
  navigatorStandalone: boolean;
}

export type Device = 'iPad' | 'iPhone';

export interface WhereItRuns {
  /** An iPad or an iPhone; null for anything else (a laptop, an Android tablet, a desktop Mac). */
  device: Device | null;
  /** Opened from the Home Screen (or installed as an app elsewhere), not in a browser tab. */
  installed: boolean;
}

export function whereItRuns(facts: DeviceFacts): WhereItRuns {
  const installed = facts.displayModeStandalone || facts.navigatorStandalone;
  // An emulator's single touch point is not a finger-driven device: iPads and iPhones report 5.
  const touch = facts.maxTouchPoints > 1;
  const ua = facts.userAgent;
  let device: Device | null = null;
  if (touch && /iPhone|iPod/.test(ua)) device = 'iPhone';
  // iPadOS Safari says it is a Mac (desktop-class browsing); no Mac has a touch screen, so a Mac user
  // agent with touch is an iPad. "iPad" itself appears under "Request Mobile Website" and before iPadOS 13.
  else if (touch && /iPad|Macintosh/.test(ua)) device = 'iPad';
  return { device, installed };
}

/**
 * In a Safari tab on an iPad or iPhone, where the seven-day rule can delete her notes. An iPhone counts:
 * the rule and the way out (Share → Add to Home Screen) are the same there. A desktop Mac's Safari has the
 * rule too, but its way out differs (File → Add to Dock) and it is not where she confers: it is not told.
 */
export function inSafariTab(where: WhereItRuns): where is { device: Device; installed: false } {
  return where.device !== null && !where.installed;
}
