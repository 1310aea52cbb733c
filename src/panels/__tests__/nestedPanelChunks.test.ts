import { appFolderFromPanel, loadChunksFromAppFolder } from '../nestedPanelChunks';

type WebpackGlobals = { __webpack_get_script_filename__?: (id: string) => string; __webpack_public_path__?: string };
const runtime = globalThis as WebpackGlobals;

describe('appFolderFromPanel', () => {
  it.each([
    ['public/plugins/sre-connectionhealth-app/panels/fix-validation/', '../../'],
    ['/grafana/public/plugins/sre-connectionhealth-app/panels/revenue-impact/', '../../'],
    ['https://cdn.example/sre-connectionhealth-app/0.1.0/public/plugins/sre-connectionhealth-app/panels/x/', '../../'],
    ['/public/plugins/sre-fixvalidation-panel/', '../sre-connectionhealth-app/'],
    ['public/plugins/sre-revenueimpact-panel/', '../sre-connectionhealth-app/'],
  ])('%s → %s', (panelPath, folder) => {
    expect(appFolderFromPanel(panelPath)).toBe(folder);
    expect(new URL(`${folder}712.js`, new URL(panelPath, 'http://grafana.test/')).pathname).toMatch(
      /\/sre-connectionhealth-app\/712\.js$/
    );
  });
});

describe('loadChunksFromAppFolder (fakes webpack runtime globals)', () => {
  afterEach(() => {
    delete runtime.__webpack_get_script_filename__;
    delete runtime.__webpack_public_path__;
  });

  it('prefixes every chunk file name with the app folder and keeps the public path', () => {
    runtime.__webpack_public_path__ = '/public/plugins/sre-revenueimpact-panel/';
    runtime.__webpack_get_script_filename__ = (id) => `${id}.js?_cache=abc`;
    loadChunksFromAppFolder();
    expect(runtime.__webpack_get_script_filename__('296')).toBe('../sre-connectionhealth-app/296.js?_cache=abc');
    expect(runtime.__webpack_public_path__).toBe('/public/plugins/sre-revenueimpact-panel/');
  });

  it('does nothing outside webpack', () => {
    expect(() => loadChunksFromAppFolder()).not.toThrow();
    expect(runtime.__webpack_get_script_filename__).toBeUndefined();
  });
});
