/** What a drill-down shows: the paying accounts at a date, or the movements of some kinds in a window. */
import type { MovementType } from '../../api/metrics';

export type Drill =
  | { kind: 'accounts'; on: string; title: string; segmentValue?: string | null }
  | { kind: 'movements'; from: string; to: string; types: MovementType[]; title: string; segmentValue?: string | null };
