import { EXTENSION_ID } from '@/lib/extension-id';
import { startMainWorldBridge } from '@/lib/sites/gdocs/main-world';

/**
 * Google Docs, page world: names Accord to Docs' canvas-annotation hook before Docs starts, then reads
 * the document's text through it and hands it to the isolated content script (entrypoints/gdocs.content)
 * as DOM events. It has no extension APIs and sends nothing anywhere else.
 */
export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  runAt: 'document_start',
  world: 'MAIN',
  main() {
    startMainWorldBridge(window, EXTENSION_ID);
  },
});
