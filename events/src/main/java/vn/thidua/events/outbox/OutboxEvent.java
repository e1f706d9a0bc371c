package vn.thidua.events.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row of the transactional outbox: an event waiting to be, or already, published. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Filled by the database sequence; gives the publication order. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(nullable = false)
    public String topic;

    @Column(name = "record_key", nullable = false)
    public String recordKey;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String source;

    public String subject;

    @Column(name = "data_schema")
    public String dataSchema;

    @Column(nullable = false)
    public String payload;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    /** The request that caused the event (logging MDC {@code requestId} at publication), or null. */
    @Column(name = "request_id")
    public String requestId;

    /** Set when the relay gave up on the row: it is no longer sent and holds nothing back. */
    @Column(name = "parked_at")
    public OffsetDateTime parkedAt;

    public int attempts;

    @Column(name = "last_error")
    public String lastError;
}
