import { chromiumPath } from './chromium';
import { ensureExtensionBuilt } from './build';

export default function globalSetup(): void {
  chromiumPath(); // fail early, with install advice, when there is no Chromium
  ensureExtensionBuilt();
}
