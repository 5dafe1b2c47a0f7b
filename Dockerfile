# SafetyBot container image. Not built on the machine it was written on (no container engine there):
# it follows the standard multi-stage pattern for ASP.NET Core; build it with
#   docker build -t safetybot .
# and run it behind a TLS-terminating proxy (Teams only calls https://<domain>/api/messages):
#   docker run -d -p 8080:8080 -v safetybot-data:/data --env-file safetybot.env safetybot

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files only, so the layer is reused until a dependency changes.
# global.json pins the SDK band; .editorconfig holds the analyzer and style settings the build enforces.
COPY global.json .editorconfig Directory.Build.props Directory.Packages.props ./
COPY Bot/Bot.csproj Bot/
COPY Knowledge/Knowledge.csproj Knowledge/
COPY Cards/Cards.csproj Cards/
RUN dotnet restore Bot/Bot.csproj -r linux-x64
COPY Bot/ Bot/
COPY Knowledge/ Knowledge/
COPY Cards/ Cards/
# ReadyToRun: precompiled code starts to a first answer in about 1.7 s instead of 2.3 s (docs/performance.md).
RUN dotnet publish Bot/Bot.csproj -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app
COPY --from=build /app ./
# /data holds the SQLite database (Storage:DataDirectory); the image's non-root 'app' user owns it.
RUN mkdir -p /data && chown "$APP_UID" /data && chmod 700 /data
VOLUME /data
ENV ASPNETCORE_URLS=http://+:8080 \
    Storage__DataDirectory=/data
EXPOSE 8080
USER $APP_UID
# The aspnet image has neither curl nor wget; bash (present in the default, non-chiseled image) sends a
# plain HTTP request over /dev/tcp and the check passes only on a 200 answer from /healthz.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /healthz HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["dotnet", "SafetyBot.Bot.dll"]
