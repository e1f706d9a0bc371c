package vn.thidua.events.outbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.jboss.logging.MDC;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import vn.thidua.events.EventCatalog;
import vn.thidua.events.EventDescriptor;
import vn.thidua.events.EventPayload;

/**
 * Publishes events by writing them to the outbox table in the caller's transaction; {@link OutboxRelay} sends
 * them after commit. Callers must lock or version the aggregate they change, so that two writers of one key
 * commit in the order of their outbox rows.
 */
@ApplicationScoped
public class Outbox {

    /** The HTTP edge puts the request id here for the whole request; it travels on as {@code ce_requestid}. */
    public static final String REQUEST_ID_MDC = "requestId";

    private final ObjectMapper objectMapper;
    private final OutboxConfig config;
    private final OutboxRelay relay;
    private final TransactionSynchronizationRegistry synchronizations;

    public Outbox(ObjectMapper objectMapper, OutboxConfig config, OutboxRelay relay,
            TransactionSynchronizationRegistry synchronizations) {
        this.objectMapper = objectMapper;
        this.config = config;
        this.relay = relay;
        this.synchronizations = synchronizations;
    }

    /** Publishes with the record key as the CloudEvents subject. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String key, EventPayload payload) {
        return publish(key, key, payload);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String key, String subject, EventPayload payload) {
        EventDescriptor descriptor = EventCatalog.describe(payload.getClass());
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.topic = descriptor.topic();
        event.recordKey = key;
        event.type = descriptor.type();
        event.source = config.source();
        event.subject = subject;
        event.dataSchema = descriptor.dataSchema();
        event.payload = toJson(payload);
        event.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        Object requestId = MDC.get(REQUEST_ID_MDC);
        event.requestId = requestId == null ? null : requestId.toString();
        event.persist();
        wakeRelayAfterCommit();
        return event.id;
    }

    private String toJson(EventPayload payload) {
        try {
            return objectMapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise " + payload.getClass().getSimpleName(), e);
        }
    }

    /** Publication latency is then the commit plus one send, not a poll interval. */
    private void wakeRelayAfterCommit() {
        synchronizations.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
    }
}
