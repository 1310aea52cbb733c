// componentOnDemand is replaced by a recorder (no code is loaded): which components module.js and App.tsx ask to
// preload when they run, by the page Grafana is opening.
const preloads: string[] = [];
let made = 0;

jest.mock('../../components/componentOnDemand', () => ({
  componentOnDemand: () => {
    const name = `component ${made++}`;
    return Object.assign(() => null, {
      preload: () => {
        preloads.push(name);
        return Promise.resolve(() => null);
      },
    });
  },
}));

function runModule(path: string, module: string): string[] {
  preloads.length = 0;
  made = 0;
  window.history.pushState({}, '', path);
  jest.isolateModules(() => {
    require(module);
  });
  return [...preloads];
}

describe('code fetched as soon as module.js and the app chunk run (componentOnDemand faked: nothing loads)', () => {
  it("module.js starts the app's code on the app's pages (component 0 is the app root)", () => {
    expect(runModule('/a/sre-connectionhealth-app/business-impact', '../../module')).toEqual(['component 0']);
    expect(runModule('/grafana/a/sre-connectionhealth-app', '../../module')).toEqual(['component 0']);
  });

  it("module.js fetches nothing more on the plugin's admin page or elsewhere", () => {
    expect(runModule('/plugins/sre-connectionhealth-app', '../../module')).toEqual([]);
    expect(runModule('/a/another-app/business-impact', '../../module')).toEqual([]);
  });

  it('the app chunk starts the code of the page being opened, and only that page (0 main, 1 impact, 2 fix)', () => {
    expect(runModule('/a/sre-connectionhealth-app/connection-health', '../App')).toEqual(['component 0']);
    expect(runModule('/a/sre-connectionhealth-app/business-impact', '../App')).toEqual(['component 1']);
    expect(runModule('/a/sre-connectionhealth-app/fix-validation', '../App')).toEqual(['component 2']);
    expect(runModule('/plugins/sre-connectionhealth-app', '../App')).toEqual([]);
  });
});
