package vn.thidua.support.web;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code page} counts from 0, {@code total} is the number of items over all pages. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    public static <T> PageView<T> of(List<T> items, PageRequest request, long total) {
        return new PageView<>(items, request.page, request.size, total);
    }

    /** The same page with each item mapped (entity to view). */
    public <V> PageView<V> map(Function<? super T, ? extends V> mapper) {
        return new PageView<>(items.stream().<V>map(mapper).toList(), page, size, total);
    }

    /** The same page with its items replaced as a whole (when mapping needs all of them, e.g. one batch query). */
    public <V> PageView<V> mapAll(Function<List<T>, List<V>> mapper) {
        return new PageView<>(mapper.apply(items), page, size, total);
    }
}
