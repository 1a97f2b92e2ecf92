# The platform as an image: build and publish with the SDK (Node bundles the designer), run on the ASP.NET Core
# runtime as the image's non-root "app" user. What is copied into the final stage is exactly the folder
# `dotnet publish src/Approvals.Web -c Release -o out` makes (CI checks that folder: PublishedHostTests).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish src/Approvals.Web -c Release -o /out

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# curl for the health check; a CJK font for the PDFs the platform issues (fonts come from the system).
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl fonts-wqy-microhei \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /out .
# data/ (SQLite, documents, mail pickup) belongs to the app user; mount a volume there to keep it.
RUN mkdir -p /app/data && chown -R app:app /app/data
USER app
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    DOTNET_NOLOGO=1
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl --fail --silent --output /dev/null http://127.0.0.1:8080/health/live || exit 1
ENTRYPOINT ["dotnet", "Approvals.Web.dll"]
