# The app image: Node 20, dependencies from package-lock.json, the client built, served on port 4000.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npx vite build --logLevel warn
ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
CMD ["npx", "tsx", "server/src/main.ts"]
