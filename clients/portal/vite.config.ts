import { vueAppConfig } from '../ui/vite.ts';

export default vueAppConfig('portal');
