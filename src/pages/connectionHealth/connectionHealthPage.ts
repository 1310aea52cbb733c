import { SceneAppPage } from '@grafana/scenes';
import { MAIN_PAGE_TITLE, ROUTES } from '../../constants';
import { prefixRoute } from '../../app/routing';
import { connectionHealthScene } from './connectionHealthScene';
import type { VariableDefaults } from './connectionHealthVariables';

export function connectionHealthPage(defaults: VariableDefaults = {}): SceneAppPage {
  return new SceneAppPage({
    title: MAIN_PAGE_TITLE,
    subTitle: 'CLOSE_WAIT socket leaks, connection pool exhaustion and the 5xx bursts they cause.',
    url: prefixRoute(ROUTES.ConnectionHealth),
    routePath: `${ROUTES.ConnectionHealth}/*`,
    getScene: () => connectionHealthScene(defaults),
  });
}
