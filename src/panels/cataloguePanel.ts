import { PanelBuilders, type VizPanel } from '@grafana/scenes';
import type { CatalogueQuery } from '../queries';
import { catalogueQueryRunner } from './catalogueQueryRunner';
import { missingMetricText } from './missingMetricText';
import { BARGAUGE_DISPLAY, THRESHOLDS_STYLE, TIMESERIES_LEGEND } from './panelOptions';
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
    .setOption('legend', TIMESERIES_LEGEND as never);
  if (thresholds) {
    builder.setThresholds(thresholds).setCustomFieldConfig('thresholdsStyle', THRESHOLDS_STYLE as never);
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
    .setOption('displayMode', BARGAUGE_DISPLAY.displayMode as never)
    .setOption('orientation', BARGAUGE_DISPLAY.orientation as never)
    .build();
}
