# syntax=docker/dockerfile:1
# The compose demo's images: the plugin and the CLI are built here, so the host needs Docker only.

# Build on amd64 even on Apple silicon: the lockfile pins the Linux x64 @swc/core binary, and the
# outputs (dist/, bin/connhealth.js) are plain JavaScript that runs anywhere.
FROM --platform=linux/amd64 node:20.20.2-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build

# Grafana with the plugin installed where a platform team would put it.
FROM grafana/grafana:13.2.2 AS grafana
COPY --from=build /src/dist /var/lib/grafana/plugins/sre-connectionhealth-app
# The app and its nested ROI panel are unsigned in a local build: allow these two ids, nothing else.
ENV GF_PLUGINS_ALLOW_LOADING_UNSIGNED_PLUGINS=sre-connectionhealth-app,sre-revenueimpact-panel

# The incident simulator: the CLI bundle has no runtime dependencies beyond Node.
FROM node:20.20.2-bookworm-slim AS simulator
WORKDIR /app
COPY --from=build /src/bin/connhealth.js bin/connhealth.js
# Owned by node so the backfill service can write the demo's history into its volume.
RUN mkdir /backfill && chown node:node /backfill
USER node
EXPOSE 9700
ENTRYPOINT ["node", "bin/connhealth.js", "simulate"]
CMD ["serve", "--host", "0.0.0.0", "--port", "9700"]
