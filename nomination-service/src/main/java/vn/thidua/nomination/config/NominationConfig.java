package vn.thidua.nomination.config;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "thidua.nomination")
public interface NominationConfig {

    /** The calendar in which "today" is reckoned (quota validity, comment windows, decision dates). */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId timeZone();

    Vote vote();

    PublicComment publicComment();

    Documents documents();

    Proposals proposals();

    /**
     * The acclaim vote (bỏ phiếu suy tôn). No verifiable text fixes these numbers for every cluster: they are the
     * suite's defaults and name their basis.
     */
    interface Vote {

        /** Share of the eligible members that must vote: default two thirds. */
        @WithDefault("2")
        int quorumNumerator();

        @WithDefault("3")
        int quorumDenominator();

        /** Share of the ballots cast that must approve, strictly exceeded: default more than half. */
        @WithDefault("1")
        int thresholdNumerator();

        @WithDefault("2")
        int thresholdDenominator();

        /** Whether a unit may vote on its own nomination; when false it is not counted among the eligible. */
        @WithDefault("true")
        boolean nomineeMayVote();

        @WithDefault("Regulations of the central emulation clusters and blocs (Law 06/2022/QH15; Decree "
                + "98/2023/NĐ-CP): quorum two thirds of members, acclaimed by more than half of the ballots (suite "
                + "default, configurable)")
        String legalBasis();
    }

    interface PublicComment {

        /** Public holidays that are not working days (ISO dates), besides Saturdays and Sundays. */
        Optional<List<LocalDate>> holidays();
    }

    interface Documents {

        /** Largest dossier document accepted, in bytes (default 10 MiB). */
        @WithDefault("10485760")
        long maxBytes();
    }

    interface Proposals {

        /** Award types drafted from a ranking, in order of distinction: rank 1 first. */
        @WithDefault("GOVERNMENT_EMULATION_FLAG,PM_CERTIFICATE_OF_MERIT")
        List<String> awardTypes();
    }
}
