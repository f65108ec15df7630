# One image for the API, the workers and the migration step of the scaled deployment.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN bash scripts/build-ui.sh
# The workflows bundled once here, for each tracing setting: a worker given one (WORKFLOW_BUNDLE) runs no webpack at start.
RUN node --import tsx scripts/bundle-workflows.ts /app/workflows.js --untraced \
 && node --import tsx scripts/bundle-workflows.ts /app/workflows-traced.js --traced
ENV NODE_ENV=production
CMD ["node_modules/.bin/tsx", "scripts/api.ts"]
