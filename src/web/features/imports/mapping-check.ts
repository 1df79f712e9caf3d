/**
 * What the mapping table flags before the server is asked: required fields nobody maps,
 * and targets chosen by more than one column. The server validates again on save.
 */
import { TARGET_FIELDS, type TargetField } from '../../../domain/imports/target-fields';
import type { ImportKind } from '../../api/types';

export interface MappingCheck {
  missing: TargetField[];
  duplicates: Set<string>;
}

export function checkMapping(kind: ImportKind, mapping: Record<string, string | null>): MappingCheck {
  const counts = new Map<string, number>();
  for (const target of Object.values(mapping)) {
    if (target) counts.set(target, (counts.get(target) ?? 0) + 1);
  }
  return {
    missing: TARGET_FIELDS[kind].filter((f) => f.required && !counts.has(f.key)),
    duplicates: new Set([...counts].filter(([, n]) => n > 1).map(([target]) => target)),
  };
}
