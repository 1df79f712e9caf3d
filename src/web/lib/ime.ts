/**
 * Input-method safety (SPEC §4). Japanese is typed through an IME: the Enter that confirms
 * a conversion must never submit a form or fire a search. Chrome and Firefox flag those key
 * events with isComposing; Safari sends the confirming Enter just after compositionend with
 * keyCode 229, so both are checked.
 */
import type { KeyboardEvent } from 'react';

export function isComposingKey(event: KeyboardEvent): boolean {
  return event.nativeEvent.isComposing || event.keyCode === 229;
}
