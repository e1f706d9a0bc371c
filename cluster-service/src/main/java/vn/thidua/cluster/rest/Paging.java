package vn.thidua.cluster.rest;

import java.util.List;
import vn.thidua.support.web.PageView;

/** Paging of short lists that are read whole (memberships of a unit, mergers, resolutions). */
final class Paging {

    private Paging() {
    }

    static <T> PageView<T> of(List<T> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new PageView<>(all.subList(from, to), page, size, all.size());
    }
}
