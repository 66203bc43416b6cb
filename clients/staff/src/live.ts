import { ref } from 'vue';

/** Counts reconnects of the API socket: live views refetch their snapshot when it changes. */
export const reconnects = ref(0);
