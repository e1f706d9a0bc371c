package vn.thidua.conference;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import vn.thidua.support.problem.RuleViolation;

/**
 * The emulation pledge (giao ước thi đua) of one cluster-year: which members signed it, when, and at which
 * conference. Members sign at the annual review conference; those whose leaders were absent sign later.
 * Created with its first signature; before that the pledge of a known cluster-year is simply unsigned.
 */
@Entity
@Table(name = "pledge")
public class Pledge extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "cluster_code", nullable = false)
    public String clusterCode;

    @Column(nullable = false)
    public int year;

    /**
     * The ETag: 0 while unsigned, +1 with every signature. Kept by hand rather than by {@code @Version}, because
     * signing locks the row ({@link #lockOrCreate}) and the unsigned state must have a version too.
     */
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @OneToMany(mappedBy = "pledge", cascade = CascadeType.PERSIST)
    @OrderBy("signedOn, id")
    public List<PledgeSignature> signatures = new ArrayList<>();

    public static Optional<Pledge> find(String clusterCode, int year) {
        return find("clusterCode = ?1 and year = ?2", clusterCode, year).firstResultOptional();
    }

    /** An unsigned pledge of a cluster-year that has no row yet; never persisted as such. */
    public static Pledge unsigned(String clusterCode, int year) {
        Pledge pledge = new Pledge();
        pledge.clusterCode = clusterCode;
        pledge.year = year;
        pledge.version = 0;
        return pledge;
    }

    /**
     * The pledge row of a cluster-year, created if missing and locked for the rest of the transaction, so that
     * concurrent signatures of one pledge apply one after the other.
     */
    public static Pledge lockOrCreate(String clusterCode, int year) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        getEntityManager().createNativeQuery("""
                insert into pledge (cluster_code, year, version, created_at, updated_at)
                values (?1, ?2, 0, ?3, ?3)
                on conflict (cluster_code, year) do nothing""")
                .setParameter(1, clusterCode).setParameter(2, year).setParameter(3, now)
                .executeUpdate();
        return Pledge.<Pledge>find("clusterCode = ?1 and year = ?2", clusterCode, year)
                .withLock(LockModeType.PESSIMISTIC_WRITE).singleResult();
    }

    /**
     * A member signs the pledge. Rules: only a member of the cluster-year signs ({@code SIGNER_NOT_MEMBER}); not on
     * a future date ({@code SIGNED_ON_IN_FUTURE}); within the season, i.e. in the pledge's year or the year before,
     * when an early annual review may be held ({@code SIGNED_ON_OUTSIDE_SEASON}); once ({@code ALREADY_SIGNED}).
     */
    public PledgeSignature sign(List<String> members, String unitCode, LocalDate signedOn, String conferenceId,
            LocalDate today) {
        if (!members.contains(unitCode)) {
            throw RuleViolation.unprocessable("SIGNER_NOT_MEMBER", "Unit " + unitCode + " is not a member of "
                    + clusterCode + " in " + year + "; only members sign its pledge");
        }
        if (signedOn.isAfter(today)) {
            throw RuleViolation.unprocessable("SIGNED_ON_IN_FUTURE",
                    "signedOn " + signedOn + " is after today (" + today + ")");
        }
        if (signedOn.getYear() < year - 1 || signedOn.getYear() > year) {
            throw RuleViolation.unprocessable("SIGNED_ON_OUTSIDE_SEASON", "The pledge for " + year
                    + " is signed in " + (year - 1) + " or " + year + ", not on " + signedOn);
        }
        Optional<PledgeSignature> earlier = signatureOf(unitCode);
        if (earlier.isPresent()) {
            throw RuleViolation.conflict("ALREADY_SIGNED", "Unit " + unitCode + " signed the pledge of "
                    + clusterCode + " for " + year + " on " + earlier.get().signedOn);
        }
        PledgeSignature signature = new PledgeSignature();
        signature.pledge = this;
        signature.unitCode = unitCode;
        signature.signedOn = signedOn;
        signature.conferenceId = conferenceId;
        signature.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        signatures.add(signature);
        version++;
        updatedAt = signature.recordedAt;
        return signature;
    }

    /**
     * A signature "at a conference" names a conference of this cluster ({@code PLEDGE_CONFERENCE_UNKNOWN}), of the
     * season before the pledge's year or of that year ({@code PLEDGE_CONFERENCE_OUTSIDE_SEASON}: the annual review of
     * Y-1 signs the pledge for Y), that took place ({@code PLEDGE_CONFERENCE_NOT_HELD}: HELD or CLOSED).
     */
    public void checkConference(String conferenceId, Conference conference) {
        if (conference == null || !conference.clusterCode.equals(clusterCode)) {
            throw RuleViolation.unprocessable("PLEDGE_CONFERENCE_UNKNOWN", "Conference " + conferenceId
                    + " is not a conference of " + clusterCode);
        }
        if (conference.seasonYear != year - 1 && conference.seasonYear != year) {
            throw RuleViolation.unprocessable("PLEDGE_CONFERENCE_OUTSIDE_SEASON", "The pledge for " + year
                    + " is signed at a conference of season " + (year - 1) + " or " + year + ", not of "
                    + conference.seasonYear);
        }
        if (conference.status != ConferenceStatus.HELD && conference.status != ConferenceStatus.CLOSED) {
            throw RuleViolation.unprocessable("PLEDGE_CONFERENCE_NOT_HELD", "Conference " + conferenceId + " is "
                    + conference.status + "; signatures are made at a conference that took place");
        }
    }

    public Optional<PledgeSignature> signatureOf(String unitCode) {
        return signatures.stream().filter(s -> s.unitCode.equals(unitCode)).findFirst();
    }

    /** The signatures, earliest first. */
    public List<PledgeSignature> signaturesInOrder() {
        return signatures.stream().sorted(PledgeSignature.ORDER).toList();
    }

    /** Members of the roster who have not signed, in roster order. */
    public List<String> pendingAmong(List<String> members) {
        return members.stream().filter(member -> signatureOf(member).isEmpty()).toList();
    }
}
