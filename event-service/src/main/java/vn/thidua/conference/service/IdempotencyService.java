package vn.thidua.conference.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.conference.IdempotencyRecord;
import vn.thidua.support.problem.RuleViolation;

/**
 * {@code Idempotency-Key} for writes a mobile client may retry. The first request with a key runs and its answer is
 * stored with the key in the same transaction; a retry with the same key and body gets the stored answer (same
 * status, body, Location and ETag) without acting again; the same key with another body is refused (422
 * {@code IDEMPOTENCY_KEY_REUSED}). Requests with one key are serialised by a transaction-scoped advisory lock, so a
 * retry racing the original waits for it and then replays it.
 */
@ApplicationScoped
public class IdempotencyService {

    private static final Logger LOG = Logger.getLogger(IdempotencyService.class);

    /** What a write answered, as stored and replayed. */
    public record StoredAnswer(int status, String location, String etag, String body, boolean replayed) {
    }

    /** What the write produced: its status, Location, ETag and the body to serialise. */
    public record Answer(int status, String location, String etag, Object body) {
    }

    private final ObjectMapper objectMapper;

    public IdempotencyService(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Transactional
    public StoredAnswer once(String scope, String key, Object request, Supplier<Answer> write) {
        String requestHash = sha256(json(request));
        IdempotencyRecord.getEntityManager()
                .createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, scope + "\n" + key)
                .getSingleResult();
        Optional<IdempotencyRecord> earlier = IdempotencyRecord.find(scope, key);
        if (earlier.isPresent()) {
            IdempotencyRecord record = earlier.get();
            if (!record.requestHash.equals(requestHash)) {
                throw RuleViolation.unprocessable("IDEMPOTENCY_KEY_REUSED", "Idempotency-Key " + key
                        + " was used for another request body on " + scope + "; use a new key for a new request");
            }
            LOG.infof("Replayed %s for Idempotency-Key %s", scope, key);
            return new StoredAnswer(record.status, record.location, record.etag, record.body, true);
        }
        Answer answer = write.get();
        IdempotencyRecord record = new IdempotencyRecord();
        record.scope = scope;
        record.key = key;
        record.requestHash = requestHash;
        record.status = answer.status();
        record.location = answer.location();
        record.etag = answer.etag();
        record.body = json(answer.body());
        record.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        record.persist();
        return new StoredAnswer(record.status, record.location, record.etag, record.body, false);
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
