# Builds the SPA and the API into one image (the last stage); the API serves the SPA from /app/wwwroot.
FROM node:20-bookworm-slim AS web
WORKDIR /src/web
COPY web/package.json web/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web/ ./
RUN npm run build

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS api
WORKDIR /src
COPY . .
RUN dotnet publish src/Api -c Release -o /app

# The mock provider server (docker compose service mock-openai): `docker build --target mock .`
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS mock-build
WORKDIR /src
COPY . .
RUN dotnet publish src/MockProviders -c Release -o /mock

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS mock
WORKDIR /app
COPY --from=mock-build /mock ./
ENV ASPNETCORE_URLS=http://0.0.0.0:8001
EXPOSE 8001
ENTRYPOINT ["dotnet", "AIntops.MockProviders.dll"]

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=api /app ./
COPY --from=web /src/web/dist ./wwwroot
ENV ASPNETCORE_URLS=http://0.0.0.0:8080 AINTOPS_DATA_DIR=/data Spa__Root=/app/wwwroot
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["dotnet", "AIntops.Api.dll"]
