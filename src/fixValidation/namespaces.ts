/**
 * Kubernetes namespaces a service label value may name: the value itself and every suffix after a '.'
 * or '/' (Conveyor's `conveyor-cloud.ns.api-proxy-production` runs in `api-proxy-production`).
 */
export function namespaceCandidates(services: string[]): string[] {
  const names = new Set<string>();
  for (const service of services) {
    names.add(service);
    for (let i = 0; i < service.length; i++) {
      if (service[i] === '.' || service[i] === '/') {
        names.add(service.slice(i + 1));
      }
    }
  }
  return [...names].filter((n) => /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(n)).sort();
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An anchored PromQL regex (RE2) matching exactly these names; one that matches nothing when empty. */
export function exactRegex(names: string[]): string {
  return names.length ? names.map(escapeRegex).join('|') : '$^';
}
