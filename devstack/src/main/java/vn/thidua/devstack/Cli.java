package vn.thidua.devstack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Command line: {@code <command> [options]}, options as {@code --name value} or {@code --name=value}. */
final class Cli {

    static final String USAGE = """
            Usage: devstack <command> [options]      (from the repository: ./thidua <command> [options])

            Commands:
              up       start PostgreSQL, Kafka, the four services and the gateway; Ctrl-C stops everything
              token    print a bearer token signed with the devstack's key pair (made on first start)
              dlq list --topic T     the records consumers parked on T.dlq, with the reason each was parked
              dlq replay --topic T   send the parked records not replayed yet back to T (e.g. after a fix)
              rebuild --service S    rebuild the roster read model of scoring, nomination or conference (event-service)
                                     from thidua.cluster.v1: emptied, then replayed from the beginning; sent as
                                     the central board with a token of the key pair in --data DIR (default as for up)
              bench    measure the suite (reads direct and through the gateway, writes, the event path against
                       a bare Kafka round trip, the outbox relay, memory, launch time) on a stack of its own
                       (data in <root>/.thidua-bench, wiped each run); writes bench/results/latest.json and
                       latest.md. Takes about six minutes. Options: --out DIR, --data DIR, --port-offset N,
                       the port flags of up
              help     show this text

            Options of up:
              --fresh                  wipe the data directory first (databases, Kafka topics, logs)
              --demo                   once ready, load the demo data (the three clusters of the seed articles,
                                       their provinces, the 2025-07-01 mergers, rosters and leadership) through
                                       the gateway; loading again changes nothing
              --data DIR               data directory (default <root>/.thidua-data; env THIDUA_DATA)
              --root DIR               repository root with the built modules (default: found from the jar)
              --port-offset N          add N to every default port, to run a second stack (env THIDUA_PORT_OFFSET)
              --modules LIST           services to start, comma-separated (default all; "none": PostgreSQL and
                                       Kafka only). Names: cluster-service, scoring-service, nomination-service,
                                       event-service, gateway (or cluster, scoring, nomination, conference)
              --timeout SECONDS        how long to wait for the services to be ready (default 180)
              --gateway-port N         8080  (env THIDUA_GATEWAY_PORT)
              --cluster-port N         8081  (env THIDUA_CLUSTER_PORT)
              --scoring-port N         8082  (env THIDUA_SCORING_PORT)
              --nomination-port N      8083  (env THIDUA_NOMINATION_PORT)
              --conference-port N      8084, event-service  (env THIDUA_CONFERENCE_PORT)
              --pg-port N              15432 (env THIDUA_PG_PORT)
              --kafka-port N           19092 (env THIDUA_KAFKA_PORT)
              --kafka-controller-port N 19093 (env THIDUA_KAFKA_CONTROLLER_PORT)

            Options of token:
              --role R                 central-board, cluster-secretariat or member-unit (required)
              --unit CODE              the unit a member-unit acts for (claim "unit")
              --cluster CODE           the cluster a cluster-secretariat acts for (claim "cluster")
              --sub NAME               the subject (default devstack-<role>)
              --ttl DURATION           validity, e.g. 8h, 30m, 3600s (default 8h)
              --data DIR               data directory holding keys/ (default as for up)

            A flag beats its environment variable; --port-offset moves only the ports not set explicitly.
            """;

    /** A wrong command line; the message is shown above the usage. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    private Cli() {
    }

    /**
     * Never throws for a bad command line: that becomes a {@link HelpCommand} carrying the error.
     *
     * @param defaultRoot the repository root found from the launcher's location, or null (then THIDUA_ROOT,
     *        else the working directory)
     */
    static CliCommand parse(List<String> args, Map<String, String> env, Path defaultRoot, PrintStream out) {
        try {
            return parseOrThrow(args, env, defaultRoot, out);
        } catch (UsageException | IllegalArgumentException e) {
            return new HelpCommand(e.getMessage(), out);
        }
    }

    private static CliCommand parseOrThrow(List<String> args, Map<String, String> env, Path defaultRoot,
            PrintStream out) throws UsageException {
        if (args.isEmpty()) {
            throw new UsageException("missing command");
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "up" -> parseUp(rest, env, defaultRoot, out);
            case "token" -> parseToken(rest, env, defaultRoot, out);
            case "dlq" -> parseDlq(rest, env, out);
            case "rebuild" -> parseRebuild(rest, env, defaultRoot, out);
            case "bench" -> parseBench(rest, env, defaultRoot, out);
            case "help", "-h", "--help" -> new HelpCommand(null, out);
            default -> throw new UsageException("unknown command '" + args.get(0) + "'");
        };
    }

    private static CliCommand parseUp(List<String> args, Map<String, String> env, Path defaultRoot,
            PrintStream out) throws UsageException {
        StackConfig.Builder config = StackConfig.builder().environment(env);
        if (defaultRoot != null) {
            config.rootDir(defaultRoot);
        }
        Options options = new Options(args);
        boolean demo = false;
        while (options.hasNext()) {
            String flag = options.next();
            switch (flag) {
                case "-h", "--help" -> {
                    return new HelpCommand(null, out);
                }
                case "--fresh" -> config.fresh(options.noValue());
                case "--demo" -> demo = options.noValue();
                case "--data" -> config.dataDir(Path.of(options.value()));
                case "--root" -> config.rootDir(Path.of(options.value()));
                case "--port-offset" -> config.portOffset(options.intValue());
                case "--modules" -> config.modules(modules(options.value()));
                case "--timeout" -> config.readyTimeout(Duration.ofSeconds(options.intValue()));
                case "--pg-port" -> config.postgresPort(options.intValue());
                case "--kafka-port" -> config.kafkaPort(options.intValue());
                case "--kafka-controller-port" -> config.kafkaControllerPort(options.intValue());
                default -> {
                    ServiceModule module = servicePortFlag(flag)
                            .orElseThrow(() -> new UsageException("unknown option '" + flag + "' for up"));
                    config.servicePort(module, options.intValue());
                }
            }
        }
        return new UpCommand(config.build(), demo, out);
    }

    private static CliCommand parseBench(List<String> args, Map<String, String> env, Path defaultRoot,
            PrintStream out) throws UsageException {
        StackConfig.Builder config = StackConfig.builder().environment(env);
        if (defaultRoot != null) {
            config.rootDir(defaultRoot);
        }
        Options options = new Options(args);
        Path data = null;
        Path results = null;
        // Measuring is pointless on a machine too busy to start the stack in 3 minutes, but the run should finish
        config.readyTimeout(Duration.ofSeconds(600));
        while (options.hasNext()) {
            String flag = options.next();
            switch (flag) {
                case "--data" -> data = Path.of(options.value());
                case "--out" -> results = Path.of(options.value());
                case "--root" -> config.rootDir(Path.of(options.value()));
                case "--port-offset" -> config.portOffset(options.intValue());
                case "--timeout" -> config.readyTimeout(Duration.ofSeconds(options.intValue()));
                case "--pg-port" -> config.postgresPort(options.intValue());
                case "--kafka-port" -> config.kafkaPort(options.intValue());
                case "--kafka-controller-port" -> config.kafkaControllerPort(options.intValue());
                default -> {
                    ServiceModule module = servicePortFlag(flag)
                            .orElseThrow(() -> new UsageException("unknown option '" + flag + "' for bench"));
                    config.servicePort(module, options.intValue());
                }
            }
        }
        Path root = config.build().rootDir();
        // A data directory of its own, wiped each run: the figures never depend on what a developer's stack holds
        config.dataDir(data != null ? data : root.resolve(".thidua-bench")).fresh(true);
        return new BenchCommand(config.build(), results != null ? results : root.resolve("bench").resolve("results"),
                vn.thidua.devstack.bench.Benchmark.Plan.standard(), out);
    }

    private static CliCommand parseToken(List<String> args, Map<String, String> env, Path defaultRoot,
            PrintStream out) throws UsageException {
        StackConfig.Builder config = StackConfig.builder().environment(env);
        if (defaultRoot != null) {
            config.rootDir(defaultRoot);
        }
        Options options = new Options(args);
        String role = null;
        String unit = null;
        String cluster = null;
        String subject = null;
        Duration ttl = Duration.ofHours(8);
        while (options.hasNext()) {
            String flag = options.next();
            switch (flag) {
                case "--role" -> role = options.value();
                case "--unit" -> unit = options.value();
                case "--cluster" -> cluster = options.value();
                case "--sub" -> subject = options.value();
                case "--ttl" -> ttl = duration(options.value());
                case "--data" -> config.dataDir(Path.of(options.value()));
                default -> throw new UsageException("unknown option '" + flag + "' for token");
            }
        }
        if (role == null || !List.of("central-board", "cluster-secretariat", "member-unit").contains(role)) {
            throw new UsageException("token needs --role central-board, cluster-secretariat or member-unit");
        }
        if (role.equals("cluster-secretariat") && cluster == null) {
            throw new UsageException("a cluster-secretariat token needs --cluster");
        }
        if (role.equals("member-unit") && unit == null) {
            throw new UsageException("a member-unit token needs --unit");
        }
        return new TokenCommand(config.build().dataDir(), role, unit, cluster,
                subject == null ? "devstack-" + role : subject, ttl, out);
    }

    /** 8h, 30m, 90s, or plain seconds. */
    static Duration duration(String text) throws UsageException {
        try {
            char unit = text.charAt(text.length() - 1);
            return switch (unit) {
                case 'h' -> Duration.ofHours(Long.parseLong(text.substring(0, text.length() - 1)));
                case 'm' -> Duration.ofMinutes(Long.parseLong(text.substring(0, text.length() - 1)));
                case 's' -> Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
                default -> Duration.ofSeconds(Long.parseLong(text));
            };
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new UsageException("--ttl: a duration such as 8h, 30m or 3600s, not '" + text + "'");
        }
    }

    private static CliCommand parseDlq(List<String> args, Map<String, String> env, PrintStream out)
            throws UsageException {
        if (args.isEmpty() || !List.of("list", "replay").contains(args.get(0))) {
            throw new UsageException("dlq needs 'list' or 'replay'");
        }
        Options options = new Options(args.subList(1, args.size()));
        String topic = null;
        Integer kafkaPort = null;
        Integer offset = null;
        while (options.hasNext()) {
            String flag = options.next();
            switch (flag) {
                case "--topic" -> topic = options.value();
                case "--kafka-port" -> kafkaPort = options.intValue();
                case "--port-offset" -> offset = options.intValue();
                default -> throw new UsageException("unknown option '" + flag + "' for dlq");
            }
        }
        if (topic == null) {
            throw new UsageException("dlq needs --topic, e.g. --topic thidua.cluster.v1");
        }
        if (kafkaPort == null) {
            kafkaPort = env.containsKey("THIDUA_KAFKA_PORT") ? Integer.parseInt(env.get("THIDUA_KAFKA_PORT"))
                    : StackConfig.DEFAULT_KAFKA_PORT + (offset != null ? offset
                            : Integer.parseInt(env.getOrDefault("THIDUA_PORT_OFFSET", "0")));
        }
        return new DlqCommand(args.get(0), topic, "localhost:" + kafkaPort, out);
    }

    private static CliCommand parseRebuild(List<String> args, Map<String, String> env, Path defaultRoot,
            PrintStream out) throws UsageException {
        StackConfig.Builder config = StackConfig.builder().environment(env);
        if (defaultRoot != null) {
            config.rootDir(defaultRoot);
        }
        Options options = new Options(args);
        ServiceModule service = null;
        Integer offset = null;
        while (options.hasNext()) {
            String flag = options.next();
            switch (flag) {
                case "--service" -> service = ServiceModule.parse(options.value());
                case "--port-offset" -> offset = options.intValue();
                case "--data" -> config.dataDir(Path.of(options.value()));
                default -> throw new UsageException("unknown option '" + flag + "' for rebuild");
            }
        }
        if (service == null || !List.of(ServiceModule.SCORING, ServiceModule.NOMINATION, ServiceModule.CONFERENCE)
                .contains(service)) {
            throw new UsageException("rebuild needs --service scoring, nomination or conference");
        }
        int port = env.containsKey(service.portEnvVar()) ? Integer.parseInt(env.get(service.portEnvVar()))
                : service.defaultPort() + (offset != null ? offset
                        : Integer.parseInt(env.getOrDefault("THIDUA_PORT_OFFSET", "0")));
        return new RebuildCommand(service, "http://localhost:" + port, config.build().dataDir(), out);
    }

    private static Optional<ServiceModule> servicePortFlag(String flag) {
        for (ServiceModule module : ServiceModule.values()) {
            if (module.portFlag().equals(flag)) {
                return Optional.of(module);
            }
        }
        return Optional.empty();
    }

    static List<ServiceModule> modules(String list) {
        if (list.isBlank() || list.trim().equals("none")) {
            return List.of();
        }
        List<ServiceModule> modules = new ArrayList<>();
        for (String name : list.split(",")) {
            if (!name.isBlank()) {
                modules.add(ServiceModule.parse(name));
            }
        }
        return modules;
    }

    /**
     * The repository root when running from {@code <root>/devstack/target/devstack.jar} or
     * {@code <root>/devstack/target/classes}; otherwise empty.
     */
    static Optional<Path> rootFromCodeSource(Path codeSource) {
        Path target = codeSource.toAbsolutePath().normalize().getParent();
        if (target == null || !target.endsWith("target")) {
            return Optional.empty();
        }
        Path module = target.getParent();
        if (module == null || !module.endsWith("devstack") || module.getParent() == null) {
            return Optional.empty();
        }
        return Optional.of(module.getParent());
    }

    /** Walks the arguments, splitting {@code --name=value}. */
    private static final class Options {
        private final List<String> args;
        private int index;
        private String flag;
        private String inlineValue;

        Options(List<String> args) {
            this.args = args;
        }

        boolean hasNext() {
            return index < args.size();
        }

        String next() {
            String arg = args.get(index++);
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                flag = arg.substring(0, eq);
                inlineValue = arg.substring(eq + 1);
            } else {
                flag = arg;
                inlineValue = null;
            }
            return flag;
        }

        String value() throws UsageException {
            if (inlineValue != null) {
                return inlineValue;
            }
            if (index >= args.size() || args.get(index).startsWith("--")) {
                throw new UsageException(flag + " needs a value");
            }
            return args.get(index++);
        }

        int intValue() throws UsageException {
            String value = value();
            try {
                return Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new UsageException(flag + " needs a number, got '" + value + "'");
            }
        }

        boolean noValue() throws UsageException {
            if (inlineValue != null) {
                throw new UsageException(flag + " takes no value");
            }
            return true;
        }
    }
}
