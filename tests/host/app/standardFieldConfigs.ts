import { standardEditorsRegistry, standardFieldConfigEditorRegistry, type FieldConfigPropertyItem } from '@grafana/data';

const NO_EDITOR = () => null;
const STANDARD_PATHS = ['unit', 'noValue', 'min', 'max', 'decimals', 'displayName', 'thresholds', 'color', 'mappings', 'links'];

// Grafana registers its standard field options (with editors) at boot; the host needs only that they exist.
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
  standardEditorsRegistry.setInit(() => []);
}
