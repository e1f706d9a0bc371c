package vn.thidua.nomination.service;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.nomination.AwardCategory;
import vn.thidua.nomination.AwardLevel;
import vn.thidua.nomination.AwardSubject;
import vn.thidua.nomination.AwardType;
import vn.thidua.nomination.config.NominationConfig;
import vn.thidua.support.problem.ResourceNotFound;
import vn.thidua.support.web.PageRequest;
import vn.thidua.support.web.PageView;
import vn.thidua.support.web.QueryFilter;

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
    public PageView<AwardType> search(AwardCategory category, AwardSubject subject, AwardLevel level,
            PageRequest page) {
        List<AwardSubject> serving = subject == null ? null
                : Arrays.stream(AwardSubject.values()).filter(candidate -> candidate.serves(subject)).toList();
        QueryFilter filter = QueryFilter.create()
                .where("category = :category", "category", category)
                .where("subject in :subjects", "subjects", serving)
                .where("level = :level", "level", level);
        return QueryFilter.page(AwardType.find(filter.query(), Sort.by("position").and("code"), filter.params()),
                page);
    }

    public AwardType get(String code) {
        return AwardType.findByCode(code).orElseThrow(() -> new ResourceNotFound("award type", code));
    }

    /** Today in the suite's calendar, for quotas in force. */
    public LocalDate today() {
        return LocalDate.now(config.timeZone());
    }
}
