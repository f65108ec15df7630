import { CssBaseline, ThemeProvider, createTheme } from '@mui/material';
import { deDE as materialDe, enUS as materialEn, frFR as materialFr, nlNL as materialNl } from '@mui/material/locale';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useMemo, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { ApiError } from './api/client';
import { App } from './App';
import './i18n';
import { gridLocales } from './lists/grid-text';

/** MUI's own words (dialogs, pickers) per language; a language MUI lacks reads them in Dutch. */
const materialLocales = { nl: materialNl, fr: materialFr, en: materialEn, de: materialDe };

const queryClient = new QueryClient({
  defaultOptions: {
    // A refusal (4xx) will not change by asking again; a network hiccup might.
    queries: { retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2, refetchOnWindowFocus: false },
  },
});

// People who ask their system for less motion get none: dialogs and menus appear at once.
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const motion = reducedMotion
  ? { transitions: { create: () => 'none', duration: { shortest: 0, shorter: 0, short: 0, standard: 0, complex: 0, enteringScreen: 0, leavingScreen: 0 } } }
  : {};

function Themed({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const language = (i18n.language in materialLocales ? i18n.language : 'nl') as keyof typeof materialLocales;
  const theme = useMemo(() => createTheme({ palette: { primary: { main: '#0b4f8a' } }, ...motion }, materialLocales[language], gridLocales[language]), [language]);
  return <ThemeProvider theme={theme}><CssBaseline />{children}</ThemeProvider>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <Themed>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </Themed>
    </QueryClientProvider>
  </StrictMode>,
);
