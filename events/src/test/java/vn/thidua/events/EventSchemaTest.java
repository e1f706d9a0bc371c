package vn.thidua.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import vn.thidua.events.cluster.ClusterRegistered;
import vn.thidua.events.cluster.LeadershipAssigned;
import vn.thidua.events.cluster.MembershipChanged;
import vn.thidua.events.cluster.UnitRegistered;
import vn.thidua.events.cluster.UnitsMerged;
import vn.thidua.events.conference.ResolutionAdopted;
import vn.thidua.events.conference.ConferenceCancelled;
import vn.thidua.events.conference.ConferenceClosed;
import vn.thidua.events.conference.ConferenceHeld;
import vn.thidua.events.conference.ConferenceScheduled;
import vn.thidua.events.conference.PledgeSigned;
import vn.thidua.events.cluster.LeadershipResolutionProcessed;
import java.time.OffsetDateTime;
import vn.thidua.events.nomination.NominationAcclaimed;
import vn.thidua.events.nomination.NominationAppraised;
import vn.thidua.events.nomination.NominationContested;
import vn.thidua.events.nomination.NominationDecided;
import vn.thidua.events.nomination.NominationNotAcclaimed;
import vn.thidua.events.nomination.NominationProposed;
import vn.thidua.events.nomination.NominationReturned;
import vn.thidua.events.nomination.NominationRevoked;
import vn.thidua.events.nomination.NominationWithdrawn;
import vn.thidua.events.nomination.NominationSubmitted;
import vn.thidua.events.nomination.Nominee;
import vn.thidua.events.nomination.VoteCount;
import vn.thidua.events.scoring.AssessmentAppraised;
import vn.thidua.events.scoring.AssessmentSubmitted;
import vn.thidua.events.scoring.RankingAmended;
import vn.thidua.events.scoring.ScoringTablePublished;
import vn.thidua.events.scoring.RankingEntry;
import vn.thidua.events.scoring.RankingFinalized;

/** Every payload serialises, the way the services' ObjectMapper does it, to JSON valid against its schema. */
class EventSchemaTest {

    /** Like Quarkus' ObjectMapper: ISO dates, not timestamps. */
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    /** Realistic samples, with optional fields both filled and empty. */
    static Stream<EventPayload> samples() {
        return Stream.of(
                new UnitRegistered("06", "Bắc Kạn", "PROVINCE", LocalDate.of(1997, 1, 1), LocalDate.of(2025, 6, 30)),
                new UnitRegistered("19", "Thái Nguyên", "PROVINCE", null, null),
                new UnitsMerged(LocalDate.of(2025, 7, 1), "19", List.of("06")),
                new ClusterRegistered("TDMNPB", "Cụm thi đua các tỉnh Trung du và miền núi phía Bắc",
                        "Northern Midlands and Mountains", "CLUSTER", "CENTRAL"),
                new ClusterRegistered("K-BO", "Khối các bộ", null, "BLOC", "CENTRAL"),
                new MembershipChanged("TDMNPB", 2024, List.of("17", "24", "06", "25", "19", "15", "08"), "08", "17", 3),
                new MembershipChanged("TDMNPB", 2026, List.of(), null, null, 0),
                new LeadershipAssigned("TDMNPB", 2025, "17", null, 4, "6c1f3f0e-3a57-4c8e-9d55-0b1e2f1f3a10"),
                new LeadershipAssigned("TDMNPB", 2024, "08", "17", 2, null),
                new ResolutionAdopted("r-1", "c-1", "TDMNPB", "ELECT_LEADERSHIP", 2025, "17", "25", null, null, null,
                        "Bầu Cụm trưởng, Cụm phó năm 2025", LocalDate.of(2025, 3, 14)),
                new ResolutionAdopted("r-2", "c-2", "7BG", "SUPPORT_FUNDS", null, null, null, null, null,
                        350_000_000L, null, null),
                new ResolutionAdopted("r-3", "c-2", "7BG", "SUPPORT_FUNDS", null, null, null, null, null,
                        350_000_000L, "Trao hỗ trợ", LocalDate.of(2025, 3, 22), "Xây 5 nhà cho hộ chính sách",
                        List.of("5 hộ chính sách tỉnh Lào Cai"), null, null, null),
                new ResolutionAdopted("r-4", "c-2", "7BG", "AWARDS_PRESENTED", null, null, null, null, null,
                        null, null, LocalDate.of(2025, 3, 22), null, null, 7, 7, List.of("n-1")),
                new LeadershipResolutionProcessed("r-1", "c-1", "TDMNPB", 2025, "17", "25", "APPLIED", null, null, 5L),
                new LeadershipResolutionProcessed("r-5", "c-1", "TDMNPB", 2025, "99", null, "REJECTED",
                        "CHAIR_NOT_MEMBER", "Đơn vị 99 không là thành viên", null),
                new ConferenceScheduled("c-1", "TDMNPB", "ANNUAL_REVIEW", 2024, "08", "Tuyên Quang",
                        OffsetDateTime.parse("2025-03-14T08:00:00+07:00"), "SCHEDULED", null, null,
                        Instant.parse("2025-02-01T03:00:00Z")),
                new ConferenceHeld("c-0", "TDMNPB", "PREPARATORY_SESSION", 2024, "08", null,
                        OffsetDateTime.parse("2025-03-13T14:00:00+07:00"), "HELD", null, "c-1",
                        Instant.parse("2025-03-13T09:00:00Z")),
                new ConferenceCancelled("c-2", "7BG", "MID_YEAR_REVIEW", 2025, "10", "Lào Cai",
                        OffsetDateTime.parse("2025-07-20T08:00:00+07:00"), "CANCELLED", "Bão số 3", null,
                        Instant.parse("2025-07-18T03:00:00Z")),
                new ConferenceClosed("c-1", "TDMNPB", "ANNUAL_REVIEW", 2024, "08", "Tuyên Quang",
                        OffsetDateTime.parse("2025-03-14T08:00:00+07:00"), "CLOSED", null, null,
                        Instant.parse("2025-03-15T03:00:00Z")),
                new PledgeSigned("7BG", 2025, "10", LocalDate.of(2025, 3, 22), "c-2", 1),
                new PledgeSigned("7BG", 2025, "12", LocalDate.of(2025, 4, 10), null, 7),
                new ScoringTablePublished("t-1", "TDMNPB", 2024, 1, "Bảng tiêu chí chấm điểm thi đua năm 2024",
                        new BigDecimal("100.00"), List.of("BONUS_DESC", "PENALTY_ASC", "SHARED"), "POINTS", 40, null,
                        Instant.parse("2024-03-01T02:00:00Z")),
                new ScoringTablePublished("t-2", "TDMNPB", 2024, 2, "Bảng tiêu chí (sửa đổi)", new BigDecimal("100.00"),
                        List.of("SHARED"), "SHARE_OF_APPLICABLE", 12, "t-1", Instant.parse("2024-03-02T02:00:00Z")),
                new AssessmentSubmitted("t-1", "TDMNPB", 2024, "15", new BigDecimal("95.75"), new BigDecimal("1.50"),
                        new BigDecimal("0.50"), Instant.parse("2025-01-10T02:00:00Z")),
                new AssessmentAppraised("t-1", "TDMNPB", 2024, "15", 1, new BigDecimal("95.25"), new BigDecimal("1.50"),
                        new BigDecimal("0.50"), 2, Instant.parse("2025-02-10T02:00:00Z")),
                new RankingFinalized("t-1", "TDMNPB", 2024, 1, List.of(
                        new RankingEntry(1, "19", new BigDecimal("96.50"), new BigDecimal("2.00"), BigDecimal.ZERO.setScale(2), "TOTAL", false),
                        new RankingEntry(2, "15", new BigDecimal("95.25"), new BigDecimal("1.50"), new BigDecimal("0.50"), "BONUS_DESC", false),
                        new RankingEntry(3, "08", new BigDecimal("95.25"), new BigDecimal("1.00"), new BigDecimal("0.50"), "SHARED", true),
                        new RankingEntry(3, "25", new BigDecimal("95.25"), new BigDecimal("1.00"), new BigDecimal("0.50"), "SHARED", true)),
                        Instant.parse("2025-03-13T09:30:00Z")),
                new RankingAmended("t-1", "TDMNPB", 2024, 2, 1, "Sửa điểm tiêu chí 2.1 của Yên Bái",
                        List.of(new RankingEntry(1, "19", new BigDecimal("96.50"), new BigDecimal("2.00"), BigDecimal.ZERO, "TOTAL", false)),
                        Instant.parse("2025-03-20T02:00:00Z")),
                new NominationProposed("n-1", "TDMNPB", 2024, "GOVERNMENT_EMULATION_FLAG", new Nominee("UNIT", "19", null, null),
                        "PROPOSED", 1, null, null, null, null, Instant.parse("2025-03-13T09:30:01Z")),
                new NominationContested("n-2", "TDMNPB", 2024, "PM_CERTIFICATE_OF_MERIT", new Nominee("UNIT", "15", null, null),
                        "CONTESTED", 2, "Đồng hạng 2 với 08", null, null, null, Instant.parse("2025-03-13T09:30:01Z")),
                new NominationAcclaimed("n-1", "TDMNPB", 2024, "GOVERNMENT_EMULATION_FLAG", new Nominee("UNIT", "19", null, null),
                        "ACCLAIMED", 1, null, null, null, new VoteCount(7, 7, 6, 1), Instant.parse("2025-03-14T03:00:00Z")),
                new NominationNotAcclaimed("n-3", "TDMNPB", 2024, "PM_CERTIFICATE_OF_MERIT", new Nominee("UNIT", "08", null, null),
                        "NOT_ACCLAIMED", 2, null, null, null, new VoteCount(7, 5, 2, 3), Instant.parse("2025-03-14T03:00:00Z")),
                new NominationSubmitted("n-1", "TDMNPB", 2024, "GOVERNMENT_EMULATION_FLAG", new Nominee("UNIT", "19", null, null),
                        "SUBMITTED", 1, null, null, null, null, Instant.parse("2025-04-01T03:00:00Z")),
                new NominationReturned("n-1", "TDMNPB", 2024, "GOVERNMENT_EMULATION_FLAG", new Nominee("UNIT", "19", null, null),
                        "RETURNED_FOR_SUPPLEMENT", 1, "Thiếu biên bản bỏ phiếu", null, null, null, Instant.parse("2025-04-10T03:00:00Z")),
                new NominationAppraised("n-4", "TDMNPB", 2024, "PROVINCIAL_CERTIFICATE_OF_MERIT",
                        new Nominee("INDIVIDUAL", "08", "Nguyễn Văn A", "Phó Chủ tịch UBND tỉnh"), "APPRAISED_ELIGIBLE", null, null,
                        null, null, null, Instant.parse("2025-05-10T03:00:00Z")),
                new NominationDecided("n-1", "TDMNPB", 2024, "GOVERNMENT_EMULATION_FLAG", new Nominee("UNIT", "19", null, null),
                        "DECIDED_AWARDED", 1, null, "1234/QĐ-TTg", LocalDate.of(2025, 10, 20), null, Instant.parse("2025-10-21T03:00:00Z")),
                new NominationRevoked("n-1", "TDMNPB", 2024, "GOVERNMENT_EMULATION_FLAG", new Nominee("UNIT", "19", null, null),
                        "REVOKED", 1, "Vi phạm trong hồ sơ", "99/QĐ-TTg", LocalDate.of(2026, 2, 1), null, Instant.parse("2026-02-02T03:00:00Z")),
                new NominationWithdrawn("n-5", "TDMNPB", 2024, "PM_CERTIFICATE_OF_MERIT", new Nominee("UNIT", "08", null, null),
                        "WITHDRAWN", 2, "ranking amended to version 2: sửa điểm tiêu chí 3.2", null, null, null,
                        Instant.parse("2025-01-20T03:00:00Z")));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void shouldSerialiseToJsonValidAgainstItsSchema(EventPayload sample) throws Exception {
        JsonNode json = MAPPER.valueToTree(sample);
        Set<ValidationMessage> errors = schemaOf(sample.getClass()).validate(json);
        assertTrue(errors.isEmpty(), () -> sample + " -> " + json + " violates its schema: " + errors);
    }

    @Test
    void shouldCoverEveryCatalogTypeWithASample() {
        Set<Class<?>> sampled = samples().map(Object::getClass).collect(Collectors.toSet());
        assertEquals(Set.copyOf(EventCatalog.all()), sampled);
    }

    @Test
    void shouldNameTypesAndSchemasConsistently() {
        for (Class<? extends EventPayload> type : EventCatalog.all()) {
            EventDescriptor descriptor = EventCatalog.describe(type);
            assertTrue(descriptor.type().matches("vn\\.thidua\\.[a-z]+\\.[a-z-]+\\.v\\d+"), descriptor.type());
            assertTrue(Topics.ALL.contains(descriptor.topic()), descriptor.topic());
            assertEquals(descriptor.dataSchema(), schemaJson(type).get("$id").asText(),
                    "schema $id of " + type.getSimpleName());
            assertEquals(type, EventCatalog.byType(descriptor.type()).orElseThrow());
        }
    }

    @Test
    void shouldRejectPayloadThatBreaksItsSchema() {
        ObjectNode json = MAPPER.valueToTree(new MembershipChanged("TDMNPB", 2024, List.of("08"), "08", null, 1));
        json.remove("unitCodes");
        json.put("year", "2024");
        Set<ValidationMessage> errors = schemaOf(MembershipChanged.class).validate(json);
        assertFalse(errors.isEmpty());
        assertEquals(2, errors.size(), errors::toString);
    }

    @Test
    void shouldRequireLeadershipFieldsOnElectionResolutions() {
        ObjectNode json = MAPPER.valueToTree(new ResolutionAdopted("r", "c", "TDMNPB", "ELECT_LEADERSHIP", null,
                null, null, null, null, null, null, null));
        assertFalse(schemaOf(ResolutionAdopted.class).validate(json).isEmpty());
    }

    @Test
    void shouldReadDatesAsIsoStrings() {
        JsonNode json = MAPPER.valueToTree(new UnitsMerged(LocalDate.of(2025, 7, 1), "19", List.of("06")));
        assertEquals("2025-07-01", json.get("effectiveDate").asText());
        assertEquals(Map.of("effectiveDate", "2025-07-01", "successorCode", "19", "sourceCodes", List.of("06")),
                MAPPER.convertValue(json, Map.class));
    }

    private static JsonSchema schemaOf(Class<?> type) {
        return FACTORY.getSchema(schemaJson(type));
    }

    private static JsonNode schemaJson(Class<?> type) {
        String resource = EventCatalog.describe(type).schemaResource();
        try (InputStream in = EventSchemaTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, "no schema at " + resource);
            return MAPPER.readTree(in);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
