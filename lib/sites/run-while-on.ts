import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isSiteOn, watchSite, type SiteId } from '../storage/items';

/**
 * Runs a site's content script while the user has Accord on for that site (the popup's switch):
 * `start` when on, its returned stop function when switched off or when the script is invalidated
 * (extension updated or reloaded). Turning the switch back on starts it again without a reload.
 */
export async function runWhileOn(ctx: ContentScriptContext, site: SiteId, start: () => () => void): Promise<void> {
  let stop: (() => void) | null = null;
  const apply = (on: boolean) => {
    if (on && !stop && ctx.isValid) stop = start();
    if (!on && stop) {
      stop();
      stop = null;
    }
  };
  apply(await isSiteOn(site));
  const unwatch = watchSite(site, apply);
  ctx.onInvalidated(() => {
    unwatch();
    apply(false);
  });
}
