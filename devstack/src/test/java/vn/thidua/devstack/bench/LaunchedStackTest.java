package vn.thidua.devstack.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class LaunchedStackTest {

    @Test
    void shouldGiveTheMeasuredLauncherAnArchiveInsteadOfTheBenchsOwnRecording() {
        List<String> bench = List.of("-Xmx512m", "-XX:+UseSerialGC",
                "-XX:ArchiveClassesAtExit=devstack/target/devstack-cds.jsa", "-Xlog:cds=off");
        assertEquals(List.of("-Xmx512m", "-XX:+UseSerialGC", "-Xlog:cds=off",
                "-XX:SharedArchiveFile=/data/launcher-cds.jsa"),
                LaunchedStack.launcherOptions(bench, List.of("-XX:SharedArchiveFile=/data/launcher-cds.jsa")));
    }

    @Test
    void shouldPassTheBenchsOwnArchiveOnOnce() {
        List<String> bench = List.of("-Xmx512m", "-XX:SharedArchiveFile=devstack/target/devstack-cds.jsa");
        assertEquals(bench, LaunchedStack.launcherOptions(bench,
                List.of("-XX:SharedArchiveFile=devstack/target/devstack-cds.jsa")));
        assertEquals(List.of("-Xmx512m"), LaunchedStack.launcherOptions(bench, List.of()));
    }
}
