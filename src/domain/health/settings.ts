/** Workspace health settings and their defaults. */
export interface HealthSettings {
  /** event names that count as a login (Segment's spec names it "Signed In") */
  loginEvents: string[];
  /** a CSM sentiment older than this is shown as stale */
  sentimentStaleDays: number;
}

export const DEFAULT_HEALTH_SETTINGS: HealthSettings = {
  loginEvents: ['Signed In', 'Logged In', 'login'],
  sentimentStaleDays: 30,
};

/** Events that show presence rather than use of a feature; left out of feature breadth. */
export const NON_FEATURE_EVENTS = ['Page Viewed', 'Screen Viewed'];
