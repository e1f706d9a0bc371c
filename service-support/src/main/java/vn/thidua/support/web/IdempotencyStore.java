package vn.thidua.support.web;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The {@code http_idempotency} table (Flyway location {@code db/support}). Every method runs in the caller's
 * transaction: the answer is stored with the write it answers.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** An answer as stored and replayed. */
    public record StoredAnswer(String fingerprint, int status, String location, String etag, String body) {
    }

    private final EntityManager em;
    private final HttpEdgeConfig config;

    public IdempotencyStore(EntityManager em, HttpEdgeConfig config) {
        this.em = em;
        this.config = config;
    }

    /**
     * Serialises the requests of one caller and key until the transaction ends: a second request waits for the first
     * and then finds its answer.
     */
    public void lock(String caller, String key) {
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(?1, 7))")
                .setParameter(1, caller + "\n" + key).getSingleResult();
    }

    /** The answer kept for this caller and key, unless it has expired. */
    public Optional<StoredAnswer> find(String caller, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select fingerprint, status, location, etag, body "
                + "from http_idempotency where caller = ?1 and idempotency_key = ?2 and expires_at > now()")
                .setParameter(1, caller).setParameter(2, key).getResultList();
        return rows.stream().findFirst().map(r -> new StoredAnswer((String) r[0], ((Number) r[1]).intValue(),
                (String) r[2], (String) r[3], (String) r[4]));
    }

    /** Keeps the answer for the retention period (replacing an expired one), and sweeps a few expired rows. */
    public void save(String caller, String key, StoredAnswer answer) {
        em.createNativeQuery("insert into http_idempotency (caller, idempotency_key, fingerprint, status, location, "
                + "etag, body, created_at, expires_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, now(), now() + ?8 * interval '1 second') "
                + "on conflict (caller, idempotency_key) do update set fingerprint = excluded.fingerprint, "
                + "status = excluded.status, location = excluded.location, etag = excluded.etag, body = excluded.body, "
                + "created_at = excluded.created_at, expires_at = excluded.expires_at")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, answer.fingerprint())
                .setParameter(4, answer.status()).setParameter(5, answer.location()).setParameter(6, answer.etag())
                .setParameter(7, answer.body()).setParameter(8, config.idempotencyRetention().toSeconds())
                .executeUpdate();
        // no scheduler in the services: each write clears a bounded number of expired answers
        em.createNativeQuery("delete from http_idempotency where ctid in (select ctid from http_idempotency "
                + "where expires_at < now() limit 20)").executeUpdate();
    }
}
