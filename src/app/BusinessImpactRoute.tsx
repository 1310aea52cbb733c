import { businessImpactPage } from '../pages/businessImpact/businessImpactPage';
import { sceneAppRoute } from './sceneAppRoute';

export default sceneAppRoute(businessImpactPage);
