/** The counter's one-key actions: the same key in German and English, shown on each button. */
export const counterActions = ['callNext', 'callSelected', 'recall', 'missed', 'requeue', 'park', 'start', 'finish', 'redirect', 'priority', 'ticket', 'checkIn', 'book', 'drawRegister'] as const;
export type CounterAction = (typeof counterActions)[number];

export const shortcutKeys: Record<CounterAction, string> = {
  callNext: 'N',
  callSelected: 'A',
  recall: 'W',
  missed: 'V',
  requeue: 'Z',
  park: 'P',
  start: 'S',
  finish: 'F',
  redirect: 'U',
  priority: 'D',
  ticket: 'T',
  checkIn: 'E',
  book: 'B',
  // L for Los: the draw.
  drawRegister: 'L',
};

const byKey = new Map(Object.entries(shortcutKeys).map(([action, key]) => [key, action as CounterAction]));

interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** What has the focus: typing there must never trigger an action. */
  targetTag: string;
  /** The type of an input: choices (radio, checkbox) take no letters, so shortcuts work there. */
  targetType?: string;
  targetEditable: boolean;
}

/** The action a key press asks for, or null: plain letters only, never while typing in a field. */
export function actionForKey(press: KeyPress): CounterAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey || press.targetEditable) return null;
  const tag = press.targetTag.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return null;
  if (tag === 'INPUT' && !['radio', 'checkbox'].includes(press.targetType ?? 'text')) return null;
  if (press.key.length !== 1) return null;
  return byKey.get(press.key.toUpperCase()) ?? null;
}
