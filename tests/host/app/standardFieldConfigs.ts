import {
  ThresholdsMode,
  dataLinksOverrideProcessor,
  displayNameOverrideProcessor,
  identityOverrideProcessor,
  numberOverrideProcessor,
  standardEditorsRegistry,
  standardFieldConfigEditorRegistry,
  stringOverrideProcessor,
  thresholdsOverrideProcessor,
  unitOverrideProcessor,
  valueMappingsOverrideProcessor,
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

// Grafana's standard field options (its registry is core, not on npm), each with @grafana/data's own processor
// and Grafana's default: green, red from 80 when a panel sets no thresholds.
const STANDARD_OPTIONS: Array<Pick<FieldConfigPropertyItem, 'id' | 'process' | 'defaultValue'>> = [
  { id: 'unit', process: unitOverrideProcessor },
  { id: 'noValue', process: stringOverrideProcessor },
  { id: 'min', process: numberOverrideProcessor },
  { id: 'max', process: numberOverrideProcessor },
  { id: 'decimals', process: numberOverrideProcessor },
  { id: 'displayName', process: displayNameOverrideProcessor },
  {
    id: 'thresholds',
    process: thresholdsOverrideProcessor,
    defaultValue: {
      mode: ThresholdsMode.Absolute,
      steps: [
        { value: -Infinity, color: 'green' },
        { value: 80, color: 'red' },
      ],
    },
  },
  { id: 'color', process: identityOverrideProcessor },
  { id: 'mappings', process: valueMappingsOverrideProcessor },
  { id: 'links', process: dataLinksOverrideProcessor },
];

// Grafana registers its option editors and standard field options at boot; nobody edits panels here, so the
// editors are empty.
export function registerStandardFieldConfigs(): void {
  const items: FieldConfigPropertyItem[] = STANDARD_OPTIONS.map((option) => ({
    ...option,
    path: option.id,
    name: option.id,
    editor: NO_EDITOR,
    override: NO_EDITOR,
    shouldApply: () => true,
  }));
  standardFieldConfigEditorRegistry.setInit(() => items);
  standardEditorsRegistry.setInit(() =>
    OPTION_EDITOR_IDS.map((id): StandardEditorsRegistryItem => ({ id, name: id, editor: NO_EDITOR }))
  );
}
