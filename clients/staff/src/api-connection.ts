import { connectToApi } from '@zms/ui';
import { reconnects } from './live';

export const { apollo, socket } = connectToApi({ onReconnected: () => (reconnects.value += 1) });

/**
 * The socket authenticates once, when it connects, with the session cookie of that moment: after
 * a sign-in or sign-out it connects anew, and live views refetch as after any reconnect.
 */
export function reconnectWithNewSession(): void {
  socket.terminate();
}
