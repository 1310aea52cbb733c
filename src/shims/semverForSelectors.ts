// @grafana/e2e-selectors needs three semver functions; semver's index would bundle all of semver (26 KiB).
export { default as compare } from 'semver/functions/compare';
export { default as gte } from 'semver/functions/gte';
export { default as valid } from 'semver/functions/valid';
