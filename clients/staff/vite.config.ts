import { vueAppConfig } from '../ui/vite';

export default vueAppConfig('staff');
