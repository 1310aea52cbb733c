import {
  standardEditorsRegistry,
  standardFieldConfigEditorRegistry,
  type FieldConfigPropertyItem,
  type StandardEditorsRegistryItem,
} from '@grafana/data';

const NO_EDITOR = () => null;
// Every editor id that @grafana/data's options builders (addNumberInput, addUnitPicker…) look up.
const OPTION_EDITOR_IDS = [
  'boolean',
  'color',
  'dashboard-uid',
  'field-name',
  'multi-select',
  'number',
  'radio',
  'select',
  'slider',
  'strings',
  'text',
  'timezone',
  'unit',
];
const STANDARD_PATHS = [
  'unit',
  'noValue',
  'min',
  'max',
  'decimals',
  'displayName',
  'thresholds',
  'color',
  'mappings',
  'links',
];

// Grafana registers its option editors and standard field options at boot; the host needs only that they exist
// (nobody edits panels here).
export function registerStandardFieldConfigs(): void {
  const items: FieldConfigPropertyItem[] = STANDARD_PATHS.map((path) => ({
    id: path,
    path,
    name: path,
    editor: NO_EDITOR,
    override: NO_EDITOR,
    process: (value: unknown) => value,
    shouldApply: () => true,
  }));
  standardFieldConfigEditorRegistry.setInit(() => items);
  standardEditorsRegistry.setInit(() =>
    OPTION_EDITOR_IDS.map((id): StandardEditorsRegistryItem => ({ id, name: id, editor: NO_EDITOR }))
  );
}
