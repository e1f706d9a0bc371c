package vn.thidua.cluster.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.cluster.SearchText;

/** Optional list filters joined with "and" into one Panache query; a filter whose value is absent is left out. */
final class QueryFilter {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    QueryFilter where(String clause, String param, Object value) {
        if (value != null) {
            clauses.add(clause);
            params.put(param, value);
        }
        return this;
    }

    /** {@code q} matches the stored search key (case and diacritics ignored) or the code. */
    QueryFilter matching(String q) {
        if (q == null || q.isBlank()) {
            return this;
        }
        return where("(searchKey like :pattern escape '" + SearchText.LIKE_ESCAPE + "' or lower(code) like :pattern escape '"
                + SearchText.LIKE_ESCAPE + "')", "pattern", SearchText.containsPattern(q));
    }

    String query() {
        return String.join(" and ", clauses);
    }

    Map<String, Object> params() {
        return params;
    }
}
