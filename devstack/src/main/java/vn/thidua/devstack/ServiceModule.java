package vn.thidua.devstack;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The runnable modules of the suite: Maven module directory, default HTTP port and the database it owns.
 * The key names the service in flags and environment variables; event-service's key is "conference"
 * because its domain (and database, and gateway route) is conferences, "event" meaning a Kafka event.
 */
public enum ServiceModule {
    CLUSTER("cluster-service", "cluster", 8081, "thidua_cluster"),
    SCORING("scoring-service", "scoring", 8082, "thidua_scoring"),
    NOMINATION("nomination-service", "nomination", 8083, "thidua_nomination"),
    CONFERENCE("event-service", "conference", 8084, "thidua_conference"),
    GATEWAY("gateway", "gateway", 8080, null);

    private final String moduleName;
    private final String key;
    private final int defaultPort;
    private final String database;

    ServiceModule(String moduleName, String key, int defaultPort, String database) {
        this.moduleName = moduleName;
        this.key = key;
        this.defaultPort = defaultPort;
        this.database = database;
    }

    /** Maven module directory, also the log file name. */
    public String moduleName() {
        return moduleName;
    }

    public String key() {
        return key;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The PostgreSQL database the service owns; empty for the gateway. */
    public Optional<String> database() {
        return Optional.ofNullable(database);
    }

    /** e.g. THIDUA_CLUSTER_PORT */
    public String portEnvVar() {
        return "THIDUA_" + key.toUpperCase(Locale.ROOT) + "_PORT";
    }

    /** e.g. --cluster-port */
    public String portFlag() {
        return "--" + key + "-port";
    }

    /** The gateway's variable for this service's base URL, e.g. THIDUA_GATEWAY_CLUSTER_URL. */
    public String gatewayUrlEnvVar() {
        return "THIDUA_GATEWAY_" + key.toUpperCase(Locale.ROOT) + "_URL";
    }

    public boolean isGateway() {
        return this == GATEWAY;
    }

    /** Every service database, in module order. */
    public static List<String> databases() {
        return Arrays.stream(values()).flatMap(m -> m.database().stream()).toList();
    }

    /** Accepts the module name (event-service) or the key (conference). */
    public static ServiceModule parse(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(m -> m.moduleName.equals(wanted) || m.key.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown module '" + name + "' (known: "
                        + String.join(", ", Arrays.stream(values()).map(ServiceModule::moduleName).toList()) + ")"));
    }
}
