# ChartPath container image: `docker build -t chartpath .`, then for example
#   docker run -d --name chartpath --env-file chartpath.env -v chartpath-data:/data -p 3000:3000 chartpath
# (-p only for Slack's HTTP mode; Socket Mode and Discord need no inbound port). Settings come from the environment
# only (.env.example lists them); secrets are never baked into the image. docs/hospital-it.md explains what is kept.

ARG NODE_VERSION=20

# --- build: compile the TypeScript sources and check the knowledge base ----------------------------------------
FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` (build and warm-up) runs explicitly below, with the sources in place.
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json ./
COPY src ./src
COPY adapters ./adapters
COPY bench ./bench
COPY bin ./bin
COPY knowledge ./knowledge
RUN npx tsc -p tsconfig.json && node bin/chartpath.js kb check

# --- runtime: production dependencies, the compiled program and the knowledge base; runs as a non-root user ------
FROM node:${NODE_VERSION}-bookworm-slim
ENV NODE_ENV=production \
    DATA_DIR=/data \
    HEALTH_PORT=8079 \
    HEALTH_HOST=127.0.0.1 \
    PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY bin ./bin
COPY knowledge ./knowledge
COPY .env.example ./
# The image's `node` user (uid 1000) owns only the data folder; the program files stay read-only for it.
RUN mkdir -p /data && chown node:node /data && chmod 0700 /data
USER node
VOLUME ["/data"]
# Slack HTTP mode only (/slack/events, /slack/install, /slack/oauth_redirect, /healthz).
EXPOSE 3000
# /healthz on HEALTH_PORT (inside the container): 200 when every configured surface is connected, else 503.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.HEALTH_PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGTERM (docker stop): running answers finish, pending writes are flushed, the bots log out, exit code 0.
STOPSIGNAL SIGTERM
CMD ["node", "--max-semi-space-size=4", "bin/chartpath.js", "start"]
