package vn.thidua.nomination.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.nomination.AwardCategory;
import vn.thidua.nomination.AwardLevel;
import vn.thidua.nomination.AwardSubject;
import vn.thidua.nomination.AwardType;
import vn.thidua.nomination.config.NominationConfig;
import vn.thidua.support.problem.ResourceNotFound;

/** Reads the award catalogue. The catalogue is reference data: it changes by migration, not through the API. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AwardCatalogService {

    private final NominationConfig config;

    public AwardCatalogService(NominationConfig config) {
        this.config = config;
    }

    /**
     * Award types in catalogue order. {@code subject} selects what can be awarded to that kind of recipient:
     * COLLECTIVE also returns BOTH, INDIVIDUAL also returns BOTH, BOTH returns only BOTH.
     */
    public PanacheQuery<AwardType> search(AwardCategory category, AwardSubject subject, AwardLevel level) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (category != null) {
            where.add("category = :category");
            params.put("category", category);
        }
        if (subject != null) {
            List<AwardSubject> serving = new ArrayList<>();
            for (AwardSubject candidate : AwardSubject.values()) {
                if (candidate.serves(subject)) {
                    serving.add(candidate);
                }
            }
            where.add("subject in :subjects");
            params.put("subjects", serving);
        }
        if (level != null) {
            where.add("level = :level");
            params.put("level", level);
        }
        String order = "order by position, code";
        return AwardType.find(where.isEmpty() ? order : String.join(" and ", where) + " " + order, params);
    }

    public AwardType get(String code) {
        return AwardType.findByCode(code).orElseThrow(() -> new ResourceNotFound("award type", code));
    }

    /** Today in the suite's calendar, for quotas in force. */
    public LocalDate today() {
        return LocalDate.now(config.timeZone());
    }
}
