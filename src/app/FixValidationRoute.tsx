import { fixValidationPage } from '../pages/fixValidation/fixValidationPage';
import { sceneAppRoute } from './sceneAppRoute';

export default sceneAppRoute(fixValidationPage);
