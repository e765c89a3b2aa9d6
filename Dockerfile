# The newsgraph image for docker-compose.yml: API, CLI and workers (Neo4j runs in its own image).
FROM node:20-slim AS dashboard
WORKDIR /src/api/dashboard
COPY api/dashboard/package.json api/dashboard/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY api/dashboard/ ./
RUN npm run build

FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY ingest ingest
COPY graph graph
COPY api api
COPY samples samples
COPY --from=dashboard /src/api/static/dist api/static/dist
RUN pip install --no-cache-dir .
EXPOSE 8000
CMD ["newsgraph", "serve", "--host", "0.0.0.0", "--port", "8000"]
