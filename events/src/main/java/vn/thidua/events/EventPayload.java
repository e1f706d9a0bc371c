package vn.thidua.events;

/**
 * The data of one event type. Implementations are records annotated with {@link EventType}, listed in
 * {@link EventCatalog}, with a JSON Schema beside them ({@code <RecordName>.schema.json} in the same package).
 * A v1 payload only gains optional fields; any other change is a new type ending in {@code .v2}.
 */
public interface EventPayload {
}
