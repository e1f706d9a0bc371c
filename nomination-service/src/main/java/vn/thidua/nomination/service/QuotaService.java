package vn.thidua.nomination.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.nomination.AwardQuota;
import vn.thidua.nomination.AwardType;
import vn.thidua.nomination.ClusterQuota;
import vn.thidua.nomination.rest.dto.QuotaView;
import vn.thidua.support.problem.ResourceNotFound;
import vn.thidua.support.security.Caller;

/**
 * Quotas per cluster-year: the Central Board's setting for that cluster-year, else the catalogue's default in force
 * on the day asked (by default 1 flag and 1 PM certificate).
 */
@ApplicationScoped
@Transactional
public class QuotaService {

    private final Nominations nominations;

    public QuotaService(Nominations nominations) {
        this.nominations = nominations;
    }

    public QuotaView set(String clusterCode, int year, String awardType, int perClusterYear, String legalBasis,
            Caller caller) {
        AwardType type = AwardType.findByCode(awardType)
                .orElseThrow(() -> new ResourceNotFound("award type", awardType));
        ClusterQuota quota = ClusterQuota.find(clusterCode, year, type).orElseGet(() -> {
            ClusterQuota q = new ClusterQuota();
            q.clusterCode = clusterCode;
            q.year = year;
            q.awardType = type;
            return q;
        });
        quota.perClusterYear = perClusterYear;
        quota.legalBasis = legalBasis.trim();
        quota.setBy = Nominations.actor(caller);
        quota.setAt = nominations.now();
        if (!quota.isPersistent()) {
            quota.persist();
        }
        return view(clusterCode, year, quota);
    }

    /** Every award type that has a quota for the cluster-year, in catalogue order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QuotaView> list(String clusterCode, int year) {
        LocalDate today = nominations.today();
        List<QuotaView> views = new ArrayList<>();
        for (AwardType type : AwardType.<AwardType>listAll(Sort.by("position"))) {
            effective(clusterCode, year, type, today).ifPresent(views::add);
        }
        return views;
    }

    /** The quota of one award type for a cluster-year as of {@code day}; empty when it has none. */
    public Optional<QuotaView> effective(String clusterCode, int year, AwardType type, LocalDate day) {
        Optional<ClusterQuota> own = ClusterQuota.find(clusterCode, year, type);
        if (own.isPresent()) {
            return Optional.of(view(clusterCode, year, own.get()));
        }
        return type.quotaOn(day).map(q -> view(clusterCode, year, type, q));
    }

    private static QuotaView view(String clusterCode, int year, ClusterQuota q) {
        return new QuotaView(clusterCode, year, q.awardType.code, q.perClusterYear, q.legalBasis, "CLUSTER_YEAR",
                null, null);
    }

    private static QuotaView view(String clusterCode, int year, AwardType type, AwardQuota q) {
        return new QuotaView(clusterCode, year, type.code, q.perClusterYear, q.legalBasis, "DEFAULT", q.validFrom,
                q.validTo);
    }
}
