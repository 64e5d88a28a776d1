/**
 * The documents kept with a case change when a screen exports a letter or a bundle; the kept-documents panel
 * listens for this event instead of each exporting screen knowing about the panel.
 */
const EVENT = 'casepack:outputs-changed';

export function announceOutputs(caseId: number): void {
  window.dispatchEvent(new CustomEvent(EVENT, { detail: caseId }));
}

export function onOutputsChanged(caseId: number, listener: () => void): () => void {
  const handle = (event: Event) => {
    if ((event as CustomEvent<number>).detail === caseId) listener();
  };
  window.addEventListener(EVENT, handle);
  return () => window.removeEventListener(EVENT, handle);
}
