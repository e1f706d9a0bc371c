package vn.thidua.gateway;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which service owns which public path prefix. A prefix matches the path itself or anything below it
 * ({@code /api/v1/units} matches {@code /api/v1/units/HN} but not {@code /api/v1/unitsX}). Nothing else is
 * routed, in particular not the services' {@code /internal/...} paths.
 */
public final class RouteTable {

    private record Route(String prefix, String service) {
    }

    /** The public contract of shared/api.md: path prefix → owning service (Maven module name). */
    public static final RouteTable PUBLIC = new RouteTable(Map.ofEntries(
            Map.entry("/api/v1/units", "cluster-service"),
            Map.entry("/api/v1/unit-mergers", "cluster-service"),
            Map.entry("/api/v1/clusters", "cluster-service"),
            Map.entry("/api/v1/leadership-resolutions", "cluster-service"),
            Map.entry("/api/v1/scoring-tables", "scoring-service"),
            Map.entry("/api/v1/award-types", "nomination-service"),
            Map.entry("/api/v1/nominations", "nomination-service"),
            Map.entry("/api/v1/quotas", "nomination-service"),
            Map.entry("/api/v1/public/awards", "nomination-service"),
            Map.entry("/api/v1/public/nominations", "nomination-service"),
            Map.entry("/api/v1/conferences", "event-service"),
            // the calendar feed is a sibling of /api/v1/conferences, not below it
            Map.entry("/api/v1/conferences.ics", "event-service"),
            Map.entry("/api/v1/pledges", "event-service")));

    private final List<Route> routes;

    public RouteTable(Map<String, String> serviceByPrefix) {
        // Longest prefix first, so a nested prefix would win over its parent; then by name, for a stable log
        this.routes = serviceByPrefix.entrySet().stream()
                .map(e -> new Route(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt((Route r) -> r.prefix().length()).reversed()
                        .thenComparing(Route::prefix))
                .toList();
    }

    /**
     * @param path a normalized path without query string: Vert.x {@code normalizedPath()} has already resolved
     *        dot segments, so {@code /api/v1/units/../../internal/x} arrives here as {@code /internal/x}
     */
    public Optional<String> serviceFor(String path) {
        for (Route route : routes) {
            String prefix = route.prefix();
            if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
                return Optional.of(route.service());
            }
        }
        return Optional.empty();
    }

    public Set<String> services() {
        Set<String> services = new LinkedHashSet<>();
        routes.forEach(r -> services.add(r.service()));
        return services;
    }
}
