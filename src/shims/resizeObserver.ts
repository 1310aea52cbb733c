// react-grid-layout imports a ResizeObserver polyfill; every browser Grafana 12.4+ supports has the real one.
export default globalThis.ResizeObserver;
