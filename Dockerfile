# Images for docker-compose.yml:
#   docker build -t aintops .                        the API serving the SPA (target api, the default)
#   docker build -t aintops-mock --target mock .     the mock OpenAI/Anthropic admin API (port 8001)
# The test machines have no Docker engine: scripts/check-images.sh runs these build steps as plain
# commands and starts the result with the environment set here.

FROM node:24-bookworm-slim AS web
WORKDIR /src/web
COPY web/package.json web/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web/ ./
RUN npm run build

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props ./
COPY src/ src/
RUN dotnet publish src/Api -c Release -o /out/api \
 && dotnet publish src/MockProviders -c Release -o /out/mock

# curl is for the health checks (HEALTHCHECK here and in docker-compose.yml).
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app

FROM runtime AS mock
COPY --from=build /out/mock ./
ENV ASPNETCORE_URLS=http://0.0.0.0:8001
EXPOSE 8001
USER $APP_UID
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s CMD curl -fsS http://127.0.0.1:8001/ || exit 1
ENTRYPOINT ["dotnet", "AIntops.MockProviders.dll"]

# Runs as the image's non-root user (APP_UID); the SQLite database and generated keys live in /data.
FROM runtime AS api
COPY --from=build /out/api ./
COPY --from=web /src/web/dist ./wwwroot
RUN mkdir -p /data && chown "$APP_UID" /data
ENV ASPNETCORE_URLS=http://0.0.0.0:8080 \
    DOTNET_GCgen0size=0x4000000 \
    AINTOPS_DATA_DIR=/data \
    Spa__Root=/app/wwwroot
VOLUME /data
EXPOSE 8080
USER $APP_UID
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s CMD curl -fsS http://127.0.0.1:8080/health/ready || exit 1
ENTRYPOINT ["dotnet", "AIntops.Api.dll"]
