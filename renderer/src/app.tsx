import { useLanguage } from './i18n/language.js';
import { useRoute, go } from './route.js';
import { CaseScreen } from './screens/case-screen.js';
import { CasesScreen } from './screens/cases-screen.js';
import { ImportScreen } from './screens/import-screen.js';
import { SettingsScreen } from './screens/settings-screen.js';

export function App() {
  const route = useRoute();
  const { t, language, setLanguage } = useLanguage();
  return (
    <div className="app">
      <header className="topbar">
        <a className="brand" href="#/" onClick={() => go({ screen: 'cases' })}>
          {t('appName')}
        </a>
        <nav>
          <a href="#/" aria-current={route.screen === 'cases' ? 'page' : undefined}>
            {t('cases')}
          </a>
          <a href="#/import" aria-current={route.screen === 'import' ? 'page' : undefined}>
            {t('importTable')}
          </a>
          <a href="#/settings" aria-current={route.screen === 'settings' ? 'page' : undefined}>
            {t('settings')}
          </a>
        </nav>
        <button type="button" className="link" onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}>
          {t('language')}
        </button>
      </header>
      <main>
        {route.screen === 'case' ? (
          <CaseScreen id={route.id} />
        ) : route.screen === 'settings' ? (
          <SettingsScreen />
        ) : route.screen === 'import' ? (
          <ImportScreen />
        ) : (
          <CasesScreen />
        )}
      </main>
    </div>
  );
}
