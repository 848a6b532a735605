/** Every known form profile. The registry test checks each file in this folder is listed here. */
import type { FormProfile } from '../profile';
export const PROFILES: FormProfile[] = [];
