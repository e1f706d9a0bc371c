package vn.thidua.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.thidua.events.cluster.ClusterRegistered;
import vn.thidua.events.cluster.LeadershipAssigned;
import vn.thidua.events.cluster.LeadershipResolutionProcessed;
import vn.thidua.events.cluster.MembershipChanged;
import vn.thidua.events.cluster.UnitRegistered;
import vn.thidua.events.cluster.UnitsMerged;
import vn.thidua.events.conference.ConferenceCancelled;
import vn.thidua.events.conference.ConferenceClosed;
import vn.thidua.events.conference.ConferenceHeld;
import vn.thidua.events.conference.ConferenceScheduled;
import vn.thidua.events.conference.PledgeSigned;
import vn.thidua.events.conference.ResolutionAdopted;
import vn.thidua.events.nomination.NominationProposed;
import vn.thidua.events.nomination.NominationContested;
import vn.thidua.events.nomination.NominationAcclaimed;
import vn.thidua.events.nomination.NominationNotAcclaimed;
import vn.thidua.events.nomination.NominationSubmitted;
import vn.thidua.events.nomination.NominationReturned;
import vn.thidua.events.nomination.NominationAppraised;
import vn.thidua.events.nomination.NominationDecided;
import vn.thidua.events.nomination.NominationRevoked;
import vn.thidua.events.nomination.NominationWithdrawn;
import vn.thidua.events.scoring.AssessmentAppraised;
import vn.thidua.events.scoring.AssessmentSubmitted;
import vn.thidua.events.scoring.RankingAmended;
import vn.thidua.events.scoring.RankingFinalized;
import vn.thidua.events.scoring.ScoringTablePublished;

/** Every event type of the suite. Adding a type means: a record, its schema, an entry here, a sample in the schema test. */
public final class EventCatalog {

    /** Schema URIs are URNs: stable names that do not depend on where the documents are served. */
    public static final String SCHEMA_URN_PREFIX = "urn:vn.thidua:event-schema:";

    private static final List<Class<? extends EventPayload>> ALL = List.of(
            UnitRegistered.class,
            UnitsMerged.class,
            ClusterRegistered.class,
            MembershipChanged.class,
            LeadershipAssigned.class,
            LeadershipResolutionProcessed.class,
            ConferenceScheduled.class,
            ConferenceHeld.class,
            ConferenceCancelled.class,
            ConferenceClosed.class,
            PledgeSigned.class,
            ResolutionAdopted.class,
            ScoringTablePublished.class,
            AssessmentSubmitted.class,
            AssessmentAppraised.class,
            RankingFinalized.class,
            RankingAmended.class,
            NominationProposed.class,
            NominationContested.class,
            NominationAcclaimed.class,
            NominationNotAcclaimed.class,
            NominationSubmitted.class,
            NominationReturned.class,
            NominationAppraised.class,
            NominationDecided.class,
            NominationRevoked.class,
            NominationWithdrawn.class);

    private static final Map<String, Class<? extends EventPayload>> BY_TYPE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(c -> describe(c).type(), Function.identity()));

    private EventCatalog() {
    }

    public static List<Class<? extends EventPayload>> all() {
        return ALL;
    }

    public static Optional<Class<? extends EventPayload>> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static EventDescriptor describe(Class<?> payloadClass) {
        EventType annotation = payloadClass.getAnnotation(EventType.class);
        if (annotation == null) {
            throw new IllegalArgumentException(payloadClass.getName() + " is not annotated with @EventType");
        }
        String resource = payloadClass.getName().replace('.', '/') + ".schema.json";
        return new EventDescriptor(annotation.value(), annotation.topic(), SCHEMA_URN_PREFIX + annotation.value(), resource);
    }
}
