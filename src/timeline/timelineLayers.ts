import { SceneDataLayerSet } from '@grafana/scenes';
import { BurstsLayer } from './burstsLayer';
import { DeploymentsLayer } from './deploymentsLayer';
import { FixLayer } from './fixLayer';
import { RestartsLayer } from './restartsLayer';

/** Bursts, deployments, restarts and the fix as annotations on every time series panel below the set. */
export function timelineLayers(fix: FixLayer = new FixLayer({ syncUrl: true })): SceneDataLayerSet {
  return new SceneDataLayerSet({ layers: [new BurstsLayer(), new DeploymentsLayer(), new RestartsLayer(), fix] });
}
