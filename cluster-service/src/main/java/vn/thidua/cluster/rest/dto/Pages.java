package vn.thidua.cluster.rest.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * OpenAPI names of the pages this service answers (the bodies are {@code vn.thidua.support.web.PageView}): the
 * generic page would otherwise become Page1, Page2... and collide with other services' pages in the gateway's
 * merged document.
 */
public final class Pages {

    private Pages() {
    }

    @Schema(name = "UnitPage", description = "A page of units; page counts from 0, total over all pages")
    public record UnitPage(List<UnitView> items, int page, int size, long total) {
    }

    @Schema(name = "UnitMembershipPage", description = "A page of a unit's memberships")
    public record UnitMembershipPage(List<UnitMembershipView> items, int page, int size, long total) {
    }

    @Schema(name = "UnitMergerPage", description = "A page of unit mergers")
    public record UnitMergerPage(List<UnitMergerView> items, int page, int size, long total) {
    }

    @Schema(name = "ClusterPage", description = "A page of clusters")
    public record ClusterPage(List<ClusterView> items, int page, int size, long total) {
    }

    @Schema(name = "LeadershipResolutionPage", description = "A page of leadership resolutions")
    public record LeadershipResolutionPage(List<LeadershipResolutionView> items, int page, int size, long total) {
    }
}
