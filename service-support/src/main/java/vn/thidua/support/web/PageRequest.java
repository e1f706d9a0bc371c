package vn.thidua.support.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * {@code page} (from 0) and {@code size} (1 to 200) of every list, as a {@code @BeanParam}. The offset is computed in
 * {@code long}: a page far beyond the last is simply empty, never an overflow.
 */
public class PageRequest {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 20;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    public int size = DEFAULT_SIZE;

    public PageRequest() {
    }

    public static PageRequest of(int page, int size) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        return request;
    }

    public long offset() {
        return (long) page * size;
    }

    /** False when the first row of the page lies beyond what a query can skip: the page is empty anyway. */
    public boolean reachable() {
        return offset() <= Integer.MAX_VALUE - size;
    }
}
