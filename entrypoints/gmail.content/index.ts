import '@/components/accord-ui.css';
import { runWhileOn } from '@/lib/sites/run-while-on';
import { startGmail } from './controller';

/**
 * Gmail: checks every opened message and every draft against the alignment document and marks
 * conflicts in place. Only `https://mail.google.com/*`; a test build adds the local fixture server.
 */
export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  // As soon as the DOM is parsed: a message already on the page is checked without waiting for its images.
  runAt: 'document_end',
  // Styles go into each shadow root Accord mounts, never into Gmail's own page.
  cssInjectionMode: 'ui',
  main: (ctx) => runWhileOn(ctx, 'gmail', () => startGmail(ctx)),
});
