/**
 * The "add to VOC" action for screens that are not VOC's own (the timeline, tasks): a menu item
 * calls `open(source)`, and `modal` renders the dialog outside the menu, which closes on click.
 * React events bubble out of portals to the host row, so the wrapper stops them there: a task
 * row's focus and keyboard handling must not see typing in the dialog.
 */
import { useState, type ReactNode, type SyntheticEvent } from 'react';
import { AddToVocModal, type VocSource } from './AddToVocModal';

const stop = (event: SyntheticEvent) => event.stopPropagation();

export function useAddToVoc(): { open: (source: VocSource) => void; modal: ReactNode } {
  const [source, setSource] = useState<VocSource | null>(null);
  return {
    open: setSource,
    modal: (
      <div style={{ display: 'contents' }} onFocus={stop} onBlur={stop} onKeyDown={stop} onClick={stop}>
        <AddToVocModal source={source} onClose={() => setSource(null)} />
      </div>
    ),
  };
}
