import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import App from './App';
import '@/components/popup/popup.css';

const root = document.getElementById('root');
if (!root) throw new Error('Accord popup: #root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
