import { connectionHealthPage } from '../pages/connectionHealth/connectionHealthPage';
import { sceneAppRoute } from './sceneAppRoute';

export default sceneAppRoute(connectionHealthPage);
