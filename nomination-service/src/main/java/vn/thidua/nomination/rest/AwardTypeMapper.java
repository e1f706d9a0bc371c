package vn.thidua.nomination.rest;

import java.time.LocalDate;

import vn.thidua.nomination.AwardQuota;
import vn.thidua.nomination.AwardType;
import vn.thidua.nomination.rest.dto.AwardQuotaView;
import vn.thidua.nomination.rest.dto.AwardTypeView;

final class AwardTypeMapper {

    private AwardTypeMapper() {
    }

    static AwardTypeView toView(AwardType type, LocalDate today) {
        AwardQuota quota = type.quotaOn(today).orElse(null);
        return new AwardTypeView(type.code, type.nameVi, type.nameEn, type.category, type.subject, type.level,
                type.legalBasis, quota == null ? null : quota.perClusterYear,
                quota == null ? null
                        : new AwardQuotaView(quota.perClusterYear, quota.legalBasis, quota.validFrom, quota.validTo),
                type.requiredDocumentTypes(), type.publicCommentWorkingDays, type.validFrom, type.validTo);
    }
}
