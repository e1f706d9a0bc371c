package vn.thidua.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;

import org.junit.jupiter.api.Test;

class BackendTest {

    @Test
    void shouldTakeHostAndPortFromTheUrl() {
        assertEquals(new Backend("cluster-service", "cluster", 8081, false),
                Backend.of("cluster-service", URI.create("http://cluster:8081")));
    }

    @Test
    void shouldUseTheSchemeDefaultPort() {
        assertEquals(80, Backend.of("s", URI.create("http://cluster/")).port());
        assertEquals(new Backend("s", "cluster.thidua.vn", 443, true),
                Backend.of("s", URI.create("https://cluster.thidua.vn")));
    }

    @Test
    void rejectsUrlWithAPathBecausePathsAreKeptAsTheyAre() {
        assertThrows(IllegalArgumentException.class, () -> Backend.of("s", URI.create("http://cluster:8081/cluster")));
    }

    @Test
    void rejectsUrlThatIsNotHttp() {
        assertThrows(IllegalArgumentException.class, () -> Backend.of("s", URI.create("ftp://cluster")));
        assertThrows(IllegalArgumentException.class, () -> Backend.of("s", URI.create("cluster:8081")));
    }
}
