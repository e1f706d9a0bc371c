package vn.thidua.devstack;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import vn.thidua.devstack.demo.DemoDataLoader;
import vn.thidua.devstack.demo.DemoLoadException;

/**
 * {@code up}: start the stack, optionally load the demo data through the gateway, print where everything is, run
 * until Ctrl-C or SIGTERM.
 */
record UpCommand(StackConfig config, boolean demo, PrintStream out) implements CliCommand {

    @Override
    public int run() throws InterruptedException {
        Instant begin = Instant.now();
        DevStack stack = new DevStack(config);
        try {
            stack.start();
        } catch (StackStartException e) {
            out.println();
            out.println("devstack: " + e.getMessage());
            return 1;
        }
        if (demo && !loadDemo()) {
            stack.close();
            return 1;
        }
        out.print(banner(config, Duration.between(begin, Instant.now())));
        out.flush();
        // DevStack's shutdown hook stops everything when the JVM is told to exit
        Thread.currentThread().join();
        return 0;
    }

    /** Through the public API, as real clients would, so the events flow to every service. */
    private boolean loadDemo() {
        if (!config.modules().contains(ServiceModule.GATEWAY) || !config.modules().contains(ServiceModule.CLUSTER)) {
            out.println("devstack: --demo needs the gateway and cluster-service running");
            return false;
        }
        try {
            DemoDataLoader.Report report = new DemoDataLoader(URI.create(config.url(ServiceModule.GATEWAY)))
                    .withStartupWait(Duration.ofSeconds(30))
                    .withBearerToken(DevKeys.of(config.dataDir()).sign("central-board", null, null,
                            "devstack-demo-loader", Duration.ofHours(1)))
                    .withTokenSigner((role, unit, cluster) -> DevKeys.of(config.dataDir()).sign(role, unit, cluster,
                            "devstack-demo-loader", Duration.ofHours(1)))
                    .load();
            out.println("Demo data: " + report.created() + " created, " + report.present() + " already there");
            return true;
        } catch (DemoLoadException e) {
            out.println("devstack: loading the demo data failed: " + e.getMessage());
            return false;
        }
    }

    static String banner(StackConfig config, Duration took) {
        StringBuilder text = new StringBuilder();
        String nl = System.lineSeparator();
        text.append(nl).append("thidua is up (").append(took.toSeconds()).append(" s)").append(nl);
        if (config.modules().contains(ServiceModule.GATEWAY)) {
            String gateway = config.url(ServiceModule.GATEWAY);
            line(text, "Gateway", gateway);
            line(text, "Swagger UI", gateway + "/q/swagger-ui");
            line(text, "OpenAPI (merged)", gateway + "/q/openapi");
        }
        for (ServiceModule module : config.modules()) {
            if (!module.isGateway()) {
                line(text, module.moduleName(), config.url(module));
            }
        }
        line(text, "PostgreSQL", config.jdbcUrl("<db>") + "  (user postgres, password postgres)");
        line(text, "Kafka", config.kafkaBootstrapServers());
        line(text, "Data", config.dataDir() + "  (kept between runs; --fresh wipes it)");
        line(text, "Logs", config.logsDir() + "/<module>.log");
        text.append(nl).append("Ctrl-C to stop.").append(nl);
        return text.toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format("  %-18s %s%n", label, value));
    }
}
