import { SceneAppPage } from '@grafana/scenes';
import { ROUTES } from '../../constants';
import { prefixRoute } from '../../app/routing';
import type { VariableDefaults } from '../connectionHealth/connectionHealthVariables';
import { fixValidationScene } from './fixValidationScene';

export function fixValidationPage(defaults: VariableDefaults = {}): SceneAppPage {
  return new SceneAppPage({
    title: 'Fix validation',
    subTitle:
      'Did the fix work, how sure are we, and what has it returned? Seed 000’s success criteria before and after the fix.',
    url: prefixRoute(ROUTES.FixValidation),
    routePath: `${ROUTES.FixValidation}/*`,
    getScene: () => fixValidationScene(defaults),
  });
}
