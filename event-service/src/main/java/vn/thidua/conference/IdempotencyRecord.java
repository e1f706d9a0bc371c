package vn.thidua.conference;

import java.time.OffsetDateTime;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The answer given to a write that carried an {@code Idempotency-Key}, kept so that a retry with the same key gets
 * the same answer instead of acting twice. Stored in the transaction of the write itself: either both commit or
 * neither, so a failed write leaves no record and its retry is evaluated afresh.
 */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Method and path the key was used on, e.g. {@code POST /api/v1/pledges/C1/2025/signatures}. */
    @Column(nullable = false)
    public String scope;

    @Column(name = "idempotency_key", nullable = false)
    public String key;

    /** SHA-256 of the request body: the same key with another body is refused. */
    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(nullable = false)
    public int status;

    public String location;

    public String etag;

    @Column(name = "body", nullable = false)
    public String body;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public static Optional<IdempotencyRecord> find(String scope, String key) {
        return find("scope = ?1 and key = ?2", scope, key).firstResultOptional();
    }
}
