import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The published worked cases (shared/domain/vectors/public.json). The project's shared folder sits
 * beside the repository on our machines; a clone on its own uses the copy kept in
 * test/vectors/shared/, which a test holds equal to the original whenever both are present.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED_VECTORS_ORIGINAL = join(root, '..', 'shared', 'domain', 'vectors', 'public.json');
export const SHARED_VECTORS_COPY = join(root, 'test', 'vectors', 'shared', 'public.json');
export const SHARED_VECTORS = existsSync(SHARED_VECTORS_ORIGINAL) ? SHARED_VECTORS_ORIGINAL : SHARED_VECTORS_COPY;
