package vn.thidua.events.inbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import vn.thidua.events.EventCatalog;
import vn.thidua.events.EventPayload;

/** Which handler a consumer runs for which event type; types without a handler are skipped. */
public final class EventRouting {

    /** A handler bound to its payload class. */
    public record Route<T extends EventPayload>(Class<T> payloadType, BiConsumer<T, IncomingEvent> handler) {
    }

    private final Map<String, Route<?>> routes;

    private EventRouting(Map<String, Route<?>> routes) {
        this.routes = Map.copyOf(routes);
    }

    public static Builder builder() {
        return new Builder();
    }

    Optional<Route<?>> routeFor(String type) {
        return Optional.ofNullable(routes.get(type));
    }

    public static final class Builder {

        private final Map<String, Route<?>> routes = new LinkedHashMap<>();

        public <T extends EventPayload> Builder on(Class<T> payloadType, BiConsumer<T, IncomingEvent> handler) {
            routes.put(EventCatalog.describe(payloadType).type(), new Route<>(payloadType, handler));
            return this;
        }

        public EventRouting build() {
            return new EventRouting(routes);
        }
    }
}
