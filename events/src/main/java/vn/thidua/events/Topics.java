package vn.thidua.events;

/** Kafka topics of the suite. Each carries the events of one owning service. */
public final class Topics {

    public static final String CLUSTER = "thidua.cluster.v1";
    public static final String SCORING = "thidua.scoring.v1";
    /** Public: other agencies consume it. */
    public static final String NOMINATION = "thidua.nomination.v1";
    public static final String CONFERENCE = "thidua.conference.v1";

    public static final java.util.List<String> ALL = java.util.List.of(CLUSTER, SCORING, NOMINATION, CONFERENCE);

    private Topics() {
    }

    /** Dead-letter topic of a topic: where consumers park records that failed after retries. */
    public static String dlq(String topic) {
        return topic + ".dlq";
    }
}
