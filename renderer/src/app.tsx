import { useLanguage } from './i18n/language.js';
import { useRoute } from './route.js';
import { CaseScreen } from './screens/case-screen.js';
import { CasesScreen } from './screens/cases-screen.js';
import { DeskScreen } from './screens/desk/desk-screen.js';
import { ImportScreen } from './screens/import-screen.js';
import { SettingsScreen } from './screens/settings-screen.js';

export function App() {
  const route = useRoute();
  const { t, language, setLanguage } = useLanguage();
  const current = (screen: string) => (route.screen === screen ? 'page' : undefined);
  return (
    <div className="app">
      <header className="topbar">
        <a className="brand" href="#/desk">
          {t('appName')}
        </a>
        <nav>
          <a href="#/desk" aria-current={current('desk')}>
            {t('desk')}
          </a>
          <a href="#/" aria-current={current('cases')}>
            {t('cases')}
          </a>
          <a href="#/import" aria-current={current('import')}>
            {t('importTable')}
          </a>
          <a href="#/settings" aria-current={current('settings')}>
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
        ) : route.screen === 'desk' ? (
          <DeskScreen />
        ) : (
          <CasesScreen key={route.create ? 'new' : 'list'} create={route.create === true} />
        )}
      </main>
    </div>
  );
}
