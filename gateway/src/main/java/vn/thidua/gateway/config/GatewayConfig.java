package vn.thidua.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the services live and how long the gateway waits for them. Every property can be set from the
 * environment, e.g. {@code THIDUA_GATEWAY_CLUSTER_URL}. Only scheme, host and port are used: paths are the
 * same on the gateway and on the services.
 */
@ConfigMapping(prefix = "thidua.gateway")
public interface GatewayConfig {

    /** cluster-service: units, unit mergers, clusters. */
    @WithDefault("http://localhost:8081")
    URI clusterUrl();

    /** scoring-service: scoring tables, assessments, rankings. */
    @WithDefault("http://localhost:8082")
    URI scoringUrl();

    /** nomination-service: award types, nominations, public awards. */
    @WithDefault("http://localhost:8083")
    URI nominationUrl();

    /** event-service: conferences and pledges (inside it the domain is called conference). */
    @WithDefault("http://localhost:8084")
    URI conferenceUrl();

    /** Connecting, or waiting for a pooled connection; past it the client gets 503 at once instead of hanging. */
    @WithDefault("2S")
    Duration connectTimeout();

    /** Longest silence from a service once the request is sent; past it the client gets 504. */
    @WithDefault("30S")
    Duration requestTimeout();

    /** HTTP/1.1 connections kept open per service by each event loop of the gateway. */
    @WithDefault("32")
    int maxConnectionsPerBackend();

    /** Largest request body (by Content-Length) outside the upload paths; past it 413. */
    @WithDefault("1M")
    io.quarkus.runtime.configuration.MemorySize maxBodySize();

    /** Largest body of a document upload or a scoring-table import ({@code uploadPaths}). */
    @WithDefault("20M")
    io.quarkus.runtime.configuration.MemorySize maxUploadSize();

    /** Paths (regular expressions) that take uploads and get {@link #maxUploadSize()}. */
    @WithDefault("/api/v1/nominations/[^/]+/documents,/api/v1/scoring-tables/import")
    java.util.List<String> uploadPaths();

    /** Requests one client (token subject, else address) may make per {@link #rateLimitWindow()}; past it 429. */
    @WithDefault("600")
    int rateLimitRequests();

    @WithDefault("1M")
    Duration rateLimitWindow();

    /** Base URL by service (Maven module) name, the names {@link vn.thidua.gateway.RouteTable} uses. */
    default Map<String, URI> serviceUrls() {
        return Map.of(
                "cluster-service", clusterUrl(),
                "scoring-service", scoringUrl(),
                "nomination-service", nominationUrl(),
                "event-service", conferenceUrl());
    }
}
