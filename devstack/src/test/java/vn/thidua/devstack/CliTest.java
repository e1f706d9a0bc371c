package vn.thidua.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CliTest {

    private static final Path ROOT = Path.of("/repo");
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    private CliCommand parse(Map<String, String> env, String... args) {
        return Cli.parse(List.of(args), env, ROOT, out);
    }

    private StackConfig up(String... args) {
        return assertInstanceOf(UpCommand.class, parse(Map.of(), args)).config();
    }

    @Test
    void upWithoutOptionsUsesDefaultsUnderTheRoot() {
        StackConfig config = up("up");
        assertEquals(ROOT, config.rootDir());
        assertEquals(ROOT.resolve(".thidua-data"), config.dataDir());
        assertEquals(15432, config.postgresPort());
        assertEquals(19092, config.kafkaPort());
        assertEquals(8080, config.port(ServiceModule.GATEWAY));
        assertEquals(8084, config.port(ServiceModule.CONFERENCE));
        assertEquals(5, config.modules().size());
        assertFalse(config.fresh());
        assertEquals(Duration.ofSeconds(180), config.readyTimeout());
    }

    @Test
    void benchRunsOnFreshDataOfItsOwnAndWritesUnderBenchResults() {
        BenchCommand bench = assertInstanceOf(BenchCommand.class, parse(Map.of(), "bench", "--port-offset", "400"));
        assertEquals(ROOT.resolve(".thidua-bench"), bench.config().dataDir());
        assertTrue(bench.config().fresh());
        assertEquals(ROOT.resolve("bench").resolve("results"), bench.resultsDir());
        assertEquals(8480, bench.config().port(ServiceModule.GATEWAY));
        assertEquals(5, bench.config().modules().size());
        // the services run as up runs them (the gateway's rate limit is raised through the environment instead)
        assertEquals(StackConfig.DEFAULT_JAVA_OPTIONS, bench.config().javaOptions());
    }

    @Test
    void benchNeverUsesTheDataOfUp() {
        BenchCommand bench = assertInstanceOf(BenchCommand.class,
                parse(Map.of("THIDUA_DATA", "/home/dev/.thidua-data"), "bench", "--out", "/tmp/out"));
        assertEquals(ROOT.resolve(".thidua-bench"), bench.config().dataDir());
        assertEquals(Path.of("/tmp/out"), bench.resultsDir());
        assertInstanceOf(HelpCommand.class, parse(Map.of(), "bench", "--demo"));
    }

    @Test
    void upLoadsDemoDataOnlyWhenAsked() {
        assertFalse(assertInstanceOf(UpCommand.class, parse(Map.of(), "up")).demo());
        assertTrue(assertInstanceOf(UpCommand.class, parse(Map.of(), "up", "--fresh", "--demo")).demo());
    }

    @Test
    void upReadsEveryOption() {
        StackConfig config = up("up", "--fresh", "--data", "/tmp/d", "--root=/src", "--port-offset", "100",
                "--cluster-port", "9001", "--pg-port=6000", "--kafka-port", "7000", "--kafka-controller-port", "7001",
                "--modules", "cluster,event-service", "--timeout", "30");
        assertTrue(config.fresh());
        assertEquals(Path.of("/tmp/d"), config.dataDir());
        assertEquals(Path.of("/src"), config.rootDir());
        assertEquals(9001, config.port(ServiceModule.CLUSTER));
        assertEquals(8182, config.port(ServiceModule.SCORING), "offset moves the ports left at their default");
        assertEquals(8180, config.port(ServiceModule.GATEWAY));
        assertEquals(6000, config.postgresPort());
        assertEquals(7000, config.kafkaPort());
        assertEquals(7001, config.kafkaControllerPort());
        assertEquals(List.of(ServiceModule.CLUSTER, ServiceModule.CONFERENCE), List.copyOf(config.modules()));
        assertEquals(Duration.ofSeconds(30), config.readyTimeout());
    }

    @Test
    void laterDataFlagWinsSoTheScriptDefaultCanBeOverridden() {
        assertEquals(Path.of("/mine"), up("up", "--data", "/script-default", "--data", "/mine").dataDir());
    }

    @Test
    void dlqTargetsTheStacksBrokerAndNeedsATopic() {
        DlqCommand list = assertInstanceOf(DlqCommand.class,
                parse(Map.of(), "dlq", "list", "--topic", "thidua.cluster.v1", "--port-offset", "100"));
        assertEquals("list", list.action());
        assertEquals("thidua.cluster.v1", list.topic());
        assertEquals("localhost:19192", list.bootstrapServers());
        DlqCommand replay = assertInstanceOf(DlqCommand.class,
                parse(Map.of("THIDUA_KAFKA_PORT", "29092"), "dlq", "replay", "--topic=thidua.scoring.v1"));
        assertEquals("replay", replay.action());
        assertEquals("localhost:29092", replay.bootstrapServers());
        assertInstanceOf(HelpCommand.class, parse(Map.of(), "dlq", "list"));
        assertInstanceOf(HelpCommand.class, parse(Map.of(), "dlq", "purge", "--topic", "t"));
    }

    @Test
    void rebuildTargetsARosterConsumer() {
        RebuildCommand rebuild = assertInstanceOf(RebuildCommand.class,
                parse(Map.of(), "rebuild", "--service", "scoring", "--port-offset", "100"));
        assertEquals(ServiceModule.SCORING, rebuild.service());
        assertEquals("http://localhost:8182", rebuild.serviceUrl());
        RebuildCommand withData = assertInstanceOf(RebuildCommand.class,
                parse(Map.of(), "rebuild", "--service", "scoring", "--data", "/tmp/thidua-keys-here"));
        assertEquals(java.nio.file.Path.of("/tmp/thidua-keys-here"), withData.dataDir());
        assertInstanceOf(HelpCommand.class, parse(Map.of(), "rebuild", "--service", "cluster"));
        assertInstanceOf(HelpCommand.class, parse(Map.of(), "rebuild"));
    }

    @Test
    void modulesNoneMeansInfrastructureOnly() {
        assertTrue(up("up", "--modules", "none").modules().isEmpty());
    }

    @Test
    void flagBeatsEnvironmentAndEnvironmentBeatsDefault() {
        Map<String, String> env = Map.of("THIDUA_GATEWAY_PORT", "9090", "THIDUA_PG_PORT", "25432",
                "THIDUA_DATA", "/env-data");
        StackConfig fromEnv = assertInstanceOf(UpCommand.class, parse(env, "up")).config();
        assertEquals(9090, fromEnv.port(ServiceModule.GATEWAY));
        assertEquals(25432, fromEnv.postgresPort());
        assertEquals(Path.of("/env-data"), fromEnv.dataDir());

        StackConfig flagged = assertInstanceOf(UpCommand.class, parse(env, "up", "--gateway-port", "9191")).config();
        assertEquals(9191, flagged.port(ServiceModule.GATEWAY));
    }

    @Test
    void environmentOffsetAppliesWhenNoFlagGiven() {
        StackConfig config = assertInstanceOf(UpCommand.class,
                parse(Map.of("THIDUA_PORT_OFFSET", "10"), "up")).config();
        assertEquals(8091, config.port(ServiceModule.CLUSTER));
        assertEquals(15442, config.postgresPort());
    }

    @Test
    void helpAndErrorsPrintUsage() throws Exception {
        assertEquals(0, assertInstanceOf(HelpCommand.class, parse(Map.of(), "help")).run());
        assertTrue(output.toString(StandardCharsets.UTF_8).contains("--port-offset"));

        assertUsageError("unknown command 'down'", "down");
        assertUsageError("missing command");
        assertUsageError("unknown option '--colour' for up", "up", "--colour");
        assertUsageError("--data needs a value", "up", "--data");
        assertUsageError("--pg-port needs a number, got 'x'", "up", "--pg-port", "x");
        assertUsageError("--fresh takes no value", "up", "--fresh=yes");
        assertUsageError("unknown module 'billing'", "up", "--modules", "billing");
        assertUsageError("port 8081 is given to both cluster-service and scoring-service", "up",
                "--scoring-port", "8081");
    }

    private void assertUsageError(String expected, String... args) throws Exception {
        HelpCommand help = assertInstanceOf(HelpCommand.class, parse(Map.of(), args));
        assertTrue(help.error().contains(expected), () -> "'" + help.error() + "' should contain '" + expected + "'");
        assertEquals(2, help.run());
    }

    @Test
    void upHelpIsNotAnError() {
        assertNull(assertInstanceOf(HelpCommand.class, parse(Map.of(), "up", "--help")).error());
    }

    @Test
    void findsTheRepositoryRootFromTheLauncherLocation() {
        assertEquals(Optional.of(Path.of("/work/main")),
                Cli.rootFromCodeSource(Path.of("/work/main/devstack/target/devstack.jar")));
        assertEquals(Optional.of(Path.of("/work/main")),
                Cli.rootFromCodeSource(Path.of("/work/main/devstack/target/classes")));
        assertEquals(Optional.empty(), Cli.rootFromCodeSource(Path.of("/opt/tools/devstack.jar")));
    }
}
