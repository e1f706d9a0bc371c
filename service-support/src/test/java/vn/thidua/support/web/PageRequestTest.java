package vn.thidua.support.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void shouldComputeOffsetsBeyondIntRangeWithoutOverflow() {
        PageRequest far = PageRequest.of(20_000_000, 200);
        assertEquals(4_000_000_000L, far.offset());
        assertFalse(far.reachable());
        assertTrue(PageRequest.of(3, 20).reachable());
        assertEquals(60, PageRequest.of(3, 20).offset());
    }
}
