package vn.thidua.gateway;

import java.net.URI;
import java.util.Objects;

/**
 * A service behind the gateway. Requests keep their path, so the base URL is only scheme, host and port.
 */
public record Backend(String name, String host, int port, boolean ssl) {

    public Backend {
        Objects.requireNonNull(name);
        Objects.requireNonNull(host);
    }

    public static Backend of(String name, URI baseUrl) {
        String scheme = baseUrl.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException(name + " URL must be http or https: " + baseUrl);
        }
        if (baseUrl.getHost() == null) {
            throw new IllegalArgumentException(name + " URL has no host: " + baseUrl);
        }
        String path = baseUrl.getPath();
        if (path != null && !path.isEmpty() && !"/".equals(path)) {
            // Paths are the same on the gateway and on the service: a base path would silently break that
            throw new IllegalArgumentException(name + " URL must not have a path: " + baseUrl);
        }
        boolean ssl = "https".equals(scheme);
        int port = baseUrl.getPort() != -1 ? baseUrl.getPort() : ssl ? 443 : 80;
        return new Backend(name, baseUrl.getHost(), port, ssl);
    }
}
