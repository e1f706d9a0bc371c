package vn.thidua.support.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;

/**
 * The one way to list: optional filters joined with "and" (a filter whose value is absent is left out), a sort, and
 * one page of the result with its total, read in the database (never a whole list sliced in memory).
 *
 * <pre>
 * QueryFilter filter = QueryFilter.create().where("kind = :kind", "kind", kind);
 * return QueryFilter.page(Unit.find(filter.query(), Sort.by("code"), filter.params()), pageRequest);
 * </pre>
 */
public final class QueryFilter {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    public static QueryFilter create() {
        return new QueryFilter();
    }

    /** Adds {@code clause} (naming {@code :param}) when {@code value} is not null. */
    public QueryFilter where(String clause, String param, Object value) {
        if (value != null) {
            clauses.add(clause);
            params.put(param, value);
        }
        return this;
    }

    /** Adds a clause without parameters when {@code condition} holds. */
    public QueryFilter whereIf(boolean condition, String clause) {
        if (condition) {
            clauses.add(clause);
        }
        return this;
    }

    public String query() {
        return String.join(" and ", clauses);
    }

    public Map<String, Object> params() {
        return params;
    }

    /** One page of a query (e.g. an entity's static {@code find} with this filter), with the total. */
    public static <E> PageView<E> page(PanacheQuery<E> query, PageRequest request) {
        List<E> items = request.reachable() ? query.page(Page.of(request.page, request.size)).list() : List.of();
        return PageView.of(items, request, query.count());
    }
}
