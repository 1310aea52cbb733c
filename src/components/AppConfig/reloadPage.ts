// Grafana caches each plugin's settings for the page's lifetime: only a full reload hands every page the saved ones.
export function reloadPage(): void {
  window.location.reload();
}
