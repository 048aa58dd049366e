# syntax=docker/dockerfile:1
# CAAA sidecar image. Build from the repository root:
#   docker build -t caaa-sidecar:dev .
# The model must exist at models/caaa-model.zip (produced by `caaa train`); the build fails without it.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY build/publish-sidecar.sh build/publish-sidecar.sh
COPY src/ src/
# The publish arguments live in build/publish-sidecar.sh, which CI runs as well.
RUN --mount=type=cache,id=caaa-nuget,target=/root/.nuget/packages \
    bash build/publish-sidecar.sh /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# A fixed, unprivileged UID/GID that the Kubernetes manifests name in runAsUser/fsGroup.
RUN groupadd --system --gid 10001 caaa \
    && useradd --system --uid 10001 --gid 10001 --no-create-home --home-dir /nonexistent \
       --shell /usr/sbin/nologin caaa \
    && mkdir -p /etc/caaa/secrets /var/lib/caaa \
    && chown 10001:10001 /var/lib/caaa
WORKDIR /app
# Application files stay owned by root: the process can read but not change them.
COPY --from=build /app ./
COPY models/caaa-model.zip /app/model/caaa-model.zip
ENV CAAA_CONFIG=/etc/caaa/caaa.yaml \
    ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_NOLOGO=1
EXPOSE 8080
USER 10001:10001
# The aspnet image has no curl or wget; the sidecar itself probes http://localhost:8080/healthz and exits 0/1.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["dotnet", "/app/Caaa.Sidecar.dll", "--healthcheck"]
ENTRYPOINT ["dotnet", "/app/Caaa.Sidecar.dll"]
