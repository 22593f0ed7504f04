# syntax=docker/dockerfile:1
# One image for every pm-platform deployable (gateway, the five subgraphs, the migrate job).
#
#   docker build -t pm-platform:local .                                   # default entry: gateway
#   docker build --build-arg APP_ENTRY=services/tickets/dist/main.js -t pm-tickets .
#   docker run pm-platform:local node services/billing/dist/main.js       # or pick it by command
#
# deploy/compose.yaml and the Helm chart always pass the command explicitly.
# A .dockerignore with node_modules, **/dist, .git and .turbo keeps the build context small.

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV CI=true
COPY . .
RUN npm ci --no-audit --no-fund \
 && npm run build \
 && npm prune --omit=dev --no-audit --no-fund

FROM ${NODE_IMAGE} AS runtime
ARG APP_ENTRY=gateway/dist/main.js
ENV NODE_ENV=production \
    APP_ENTRY=${APP_ENTRY}
WORKDIR /app
# Printed documents (libs/documents) embed Noto Sans CJK SC: Debian's fonts-noto-cjk, as locally.
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-noto-cjk \
 && rm -rf /var/lib/apt/lists/*
# Root-owned and read-only for the app user; the pods run with readOnlyRootFilesystem.
COPY --from=build /app /app
# numeric uid of the image's "node" user, so runAsNonRoot can verify it
USER 1000:1000
EXPOSE 4000 4001 4002 4003 4004 4005 4006
CMD ["/bin/sh", "-c", "exec node \"$APP_ENTRY\""]
