import { PanelBuilders, type VizPanel } from '@grafana/scenes';
import { GraphThresholdsStyleMode } from '@grafana/schema';
import type { CatalogueQuery } from '../queries';
import { catalogueQueryRunner } from './catalogueQueryRunner';
import { missingMetricText } from './missingMetricText';
import { catalogueThresholds } from './thresholds';

/** One panel per catalogue query: title, description, unit and guidance all come from the catalogue. */
export function cataloguePanel(query: CatalogueQuery): VizPanel {
  switch (query.visual) {
    case 'table':
      return tablePanel(query);
    case 'bargauge':
      return barGaugePanel(query);
    default:
      return timeseriesPanel(query);
  }
}

function timeseriesPanel(query: CatalogueQuery): VizPanel {
  const thresholds = catalogueThresholds(query);
  const builder = PanelBuilders.timeseries()
    .setTitle(query.title)
    .setDescription(query.description)
    .setUnit(query.unit)
    .setNoValue(missingMetricText(query))
    .setData(catalogueQueryRunner(query))
    .setOption('legend', { showLegend: true, displayMode: 'list', placement: 'bottom' } as never);
  if (thresholds) {
    builder
      .setThresholds(thresholds)
      .setCustomFieldConfig('thresholdsStyle', { mode: GraphThresholdsStyleMode.Dashed });
  }
  return builder.build();
}

function tablePanel(query: CatalogueQuery): VizPanel {
  return PanelBuilders.table()
    .setTitle(query.title)
    .setDescription(query.description)
    .setUnit(query.unit)
    .setNoValue(missingMetricText(query))
    .setData(catalogueQueryRunner(query))
    .build();
}

function barGaugePanel(query: CatalogueQuery): VizPanel {
  return PanelBuilders.bargauge()
    .setTitle(query.title)
    .setDescription(query.description)
    .setUnit(query.unit)
    .setNoValue(missingMetricText(query))
    .setData(catalogueQueryRunner(query))
    .setOption('displayMode', 'basic' as never)
    .setOption('orientation', 'horizontal' as never)
    .build();
}
