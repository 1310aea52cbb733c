import { SceneAppPage } from '@grafana/scenes';
import { ROUTES } from '../../constants';
import { prefixRoute } from '../../app/routing';
import type { VariableDefaults } from '../connectionHealth/connectionHealthVariables';
import { businessImpactScene } from './businessImpactScene';

export function businessImpactPage(defaults: VariableDefaults = {}): SceneAppPage {
  return new SceneAppPage({
    title: 'Business impact',
    subTitle: 'What the 5xx bursts cost, and what fixing the CLOSE_WAIT leak returns (seed 000 sections 8–10, live).',
    url: prefixRoute(ROUTES.BusinessImpact),
    routePath: `${ROUTES.BusinessImpact}/*`,
    getScene: () => businessImpactScene(defaults),
  });
}
