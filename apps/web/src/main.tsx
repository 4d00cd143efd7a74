import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { createBrowserSession } from './session/browser-session.js';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/signals.css';
import './styles/alerts.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App session={createBrowserSession()} />
  </StrictMode>,
);
