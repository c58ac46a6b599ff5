import { runWhileOn } from '@/lib/sites/run-while-on';
import { startDocs } from './controller';

/** Google Docs: checks the open document live (or its saved version) and reports to the side panel. */
export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  runAt: 'document_idle',
  main: (ctx) => runWhileOn(ctx, 'docs', () => startDocs(ctx)),
});
