import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { driftApi } from '@/components/report/drift-api';
import { pageNow } from '@/components/report/range';
import { ReportApp } from '@/components/report/ReportApp';
import '@/components/report/report.css';

const root = document.getElementById('root');
if (!root) throw new Error('Accord report page: #root is missing from index.html');

// `report.html?now=<ISO>` builds the report as of that time (end-to-end tests pin it); otherwise now.
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={new QueryClient()}>
      <ReportApp api={driftApi} now={pageNow(location.search)} />
    </QueryClientProvider>
  </StrictMode>,
);
