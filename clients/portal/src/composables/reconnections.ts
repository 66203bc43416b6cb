import { ref } from 'vue';

/**
 * Counts the live connection's reconnects. Events sent while it was down are lost, so what shows
 * live state queries its snapshot again when this changes.
 */
export const reconnections = ref(0);

/** Whether the live connection dropped and is not back yet: live pages say so. */
export const connectionLost = ref(false);
