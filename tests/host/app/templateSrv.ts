import type { ScopedVars, TypedVariableModel } from '@grafana/data';
import type { TemplateSrv } from '@grafana/runtime';
import { sceneGraph, type SceneObject } from '@grafana/scenes';

type SceneScopedVars = ScopedVars & { __sceneObject?: { value?: { valueOf(): unknown } } };

// Like Grafana's TemplateSrv in a Scenes app: a request carries its scene object, and the scene interpolates.
export class SceneTemplateSrv implements TemplateSrv {
  getVariables(): TypedVariableModel[] {
    return [];
  }

  replace(target?: string, scopedVars?: ScopedVars, format?: string | Function): string {
    const sceneObject = (scopedVars as SceneScopedVars | undefined)?.__sceneObject?.value?.valueOf() as
      SceneObject | undefined;
    if (!target) {
      return '';
    }
    if (sceneObject) {
      return sceneGraph.interpolate(sceneObject, target, scopedVars, format as never);
    }
    return target.replace(/\$\{?(\w+)\}?/g, (match, name: string) => String(scopedVars?.[name]?.value ?? match));
  }

  containsTemplate(target?: string): boolean {
    return Boolean(target && /\$\{?\w+/.test(target));
  }

  updateTimeRange(): void {}
}
