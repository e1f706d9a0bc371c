package vn.thidua.cluster;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/** An emulation cluster (Cụm thi đua) or bloc (Khối thi đua) at one organiser level. */
@Entity
@Table(name = "cluster")
public class Cluster extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, updatable = false)
    public String code;

    /** Vietnamese name in NFC. */
    @Column(nullable = false)
    public String name;

    @Column(name = "name_en")
    public String nameEn;

    /** {@link SearchText#searchKey} of the Vietnamese and English names. */
    @Column(name = "search_key", nullable = false)
    public String searchKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClusterKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "organizer_level", nullable = false)
    public OrganizerLevel organizerLevel;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    protected Cluster() {
    }

    public static Cluster register(String code, String name, String nameEn, ClusterKind kind, OrganizerLevel level) {
        Cluster cluster = new Cluster();
        cluster.code = code;
        cluster.name = SearchText.canonical(name);
        cluster.nameEn = SearchText.canonical(nameEn);
        cluster.searchKey = SearchText.searchKey(cluster.name + (cluster.nameEn == null ? "" : " | " + cluster.nameEn));
        cluster.kind = kind;
        cluster.organizerLevel = level;
        cluster.createdAt = Instant.now();
        return cluster;
    }

    public static Optional<Cluster> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /**
     * The cluster, locked for this transaction: every change to one of its cluster-years takes this lock first, so
     * two writers of the same cluster cannot interleave and their events leave the outbox in revision order.
     */
    public static Optional<Cluster> findByCodeForUpdate(String code) {
        return find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
