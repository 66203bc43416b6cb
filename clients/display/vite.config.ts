import { vueAppConfig } from '../ui/vite';

export default vueAppConfig('display');
