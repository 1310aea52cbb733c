import {
  SceneControlsSpacer,
  SceneRefreshPicker,
  SceneTimePicker,
  VariableValueSelectors,
  type SceneObject,
} from '@grafana/scenes';

/** The controls bar the app's pages share: the variables, then time range and refresh on the right. */
export function pageControls(refreshIntervals: string[]): SceneObject[] {
  return [
    new VariableValueSelectors({}),
    new SceneControlsSpacer(),
    new SceneTimePicker({ isOnCanvas: true }),
    new SceneRefreshPicker({ intervals: refreshIntervals, isOnCanvas: true }),
  ];
}
