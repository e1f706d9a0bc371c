package vn.thidua.nomination.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import vn.thidua.events.EventPayload;
import vn.thidua.events.outbox.Outbox;
import vn.thidua.nomination.Nomination;
import vn.thidua.nomination.WorkingDays;
import vn.thidua.nomination.config.NominationConfig;
import vn.thidua.nomination.events.NominationEvents;
import vn.thidua.support.problem.ResourceNotFound;
import vn.thidua.support.security.Caller;
import vn.thidua.support.security.ScopeLookup;

/**
 * What the nomination services share: finding a nomination, the time, the actor's name for the history, and
 * publishing a step's public event through the outbox. Also the scope lookup nomination id → cluster.
 */
@ApplicationScoped
public class Nominations implements ScopeLookup {

    private final Outbox outbox;
    private final Clock clock;
    private final NominationConfig config;

    public Nominations(Outbox outbox, Clock clock, NominationConfig config) {
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
    }

    public Nomination get(String id) {
        return find(id).orElseThrow(() -> new ResourceNotFound("nomination", id));
    }

    public Optional<Nomination> find(String id) {
        try {
            return Nomination.findByIdOptional(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> scopeOf(String nominationId) {
        return find(nominationId).map(n -> n.clusterCode);
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(config.timeZone()));
    }

    /** Publishes the public event of the nomination's current status, if that status has one. */
    public void publish(Nomination nomination, String reason) {
        EventPayload payload = NominationEvents.of(nomination, reason, clock.instant());
        if (payload != null) {
            outbox.publish(NominationEvents.key(nomination), payload);
        }
    }

    public WorkingDays workingDays() {
        return new WorkingDays(Set.copyOf(config.publicComment().holidays().orElse(List.of())));
    }

    public static String actor(Caller caller) {
        return caller.subject() + (caller.role() == null ? "" : " (" + caller.role()
                + (caller.cluster() != null ? " " + caller.cluster() : "")
                + (caller.unit() != null ? " " + caller.unit() : "") + ")");
    }
}
