# One image for the API, the workers and the migration step of the scaled deployment.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN bash scripts/build-ui.sh
ENV NODE_ENV=production
CMD ["node_modules/.bin/tsx", "scripts/api.ts"]
