// /reload: what a reload changed, in words.
import type { Answer } from '../answer.js';
import type { ReloadReport } from '../engine.js';

export function reloadAnswer(r: ReloadReport): Answer {
  if (!r.ok)
    return {
      command: 'reload',
      title: 'Reload failed',
      items: [],
      error: `Reload failed: ${r.error}.`,
      data: { ...r },
    };
  const list = (ids: string[]) =>
    ids.length > 8 ? `${ids.slice(0, 8).join(', ')} and ${ids.length - 8} more` : ids.join(', ');
  const items = [
    ...(r.added.length ? [{ heading: `Added (${r.added.length})`, text: list(r.added), citations: [] }] : []),
    ...(r.removed.length ? [{ heading: `Removed (${r.removed.length})`, text: list(r.removed), citations: [] }] : []),
    ...(r.changed.length ? [{ heading: `Changed (${r.changed.length})`, text: list(r.changed), citations: [] }] : []),
    ...r.skipped.map((s) => ({ heading: `Skipped: ${s.file}`, text: s.reason, citations: [] })),
  ];
  const nothing = !r.added.length && !r.removed.length && !r.changed.length;
  return {
    command: 'reload',
    title: 'Corpus reloaded',
    summary: `${r.documents} documents in ${r.ms} ms${nothing ? '; nothing changed' : ''}`,
    items,
    data: { ...r },
  };
}
