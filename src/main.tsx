import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { installTestHook } from './ui/test-hook';

installTestHook();
createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
