package vn.thidua.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceProcessTest {

    @TempDir
    Path logs;

    private final HttpClient http = HttpClient.newHttpClient();
    private ServiceProcess service;

    @AfterEach
    void killLeftover() {
        if (service != null) {
            service.kill();
        }
    }

    @Test
    void waitsUntilReadinessAnswers200ThenStopsOnSigterm() throws Exception {
        service = FakeServices.fake(logs, "normal", 1500);
        service.start();
        service.awaitReady(http, Instant.now().plusSeconds(60));
        assertTrue(service.isAlive());

        service.requestStop();
        service.awaitStop(Instant.now().plusSeconds(15));
        assertFalse(service.isAlive());
        assertTrue(Files.readString(service.logFile()).contains("fake service starting"));
    }

    @Test
    void processThatDiesNamesItselfAndShowsItsLog() throws Exception {
        service = FakeServices.fake(logs, "exit", 0);
        service.start();
        StackStartException e = assertThrows(StackStartException.class,
                () -> service.awaitReady(http, Instant.now().plusSeconds(60)));
        assertTrue(e.getMessage().contains("fake-exit exited with code 3"), e.getMessage());
        assertTrue(e.getMessage().contains("boom: cannot start"), e.getMessage());
        assertEquals("fake-exit", e.service().orElseThrow());
    }

    @Test
    void serviceNeverReadyTimesOut() throws Exception {
        service = FakeServices.fake(logs, "normal", Duration.ofHours(1).toMillis());
        service.start();
        StackStartException e = assertThrows(StackStartException.class,
                () -> service.awaitReady(http, Instant.now().plusSeconds(3)));
        assertTrue(e.getMessage().contains("was not ready"), e.getMessage());
    }

    @Test
    void processIgnoringSigtermIsKilledAfterTheGraceTime() throws Exception {
        service = FakeServices.fake(logs, "stubborn", 0);
        service.start();
        service.awaitReady(http, Instant.now().plusSeconds(60));

        Instant begin = Instant.now();
        service.requestStop();
        service.awaitStop(Instant.now().plusSeconds(2));

        assertFalse(service.isAlive());
        assertTrue(Duration.between(begin, Instant.now()).toSeconds() < 20);
    }

    @Test
    void shouldRecordAnewWhenTheStopKilledTheServiceWhileItWroteItsArchive() throws Exception {
        Path jar = builtJar();
        List<String> recording = ClassDataSharing.options(jar);
        service = FakeServices.fake(logs, "stubborn", 0, recording.toArray(String[]::new));
        service.start();
        service.awaitReady(http, Instant.now().plusSeconds(60));

        service.requestStop();
        service.awaitStop(Instant.now().plusSeconds(2));

        assertEquals(recording, ClassDataSharing.options(jar),
                "the next start must record again, not be given the part of an archive the killed JVM wrote");
    }

    @Test
    void shouldUseTheArchiveOfAServiceThatStoppedByItself() throws Exception {
        Path jar = builtJar();
        service = FakeServices.fake(logs, "normal", 0, ClassDataSharing.options(jar).toArray(String[]::new));
        service.start();
        service.awaitReady(http, Instant.now().plusSeconds(60));

        service.requestStop();
        service.awaitStop(Instant.now().plusSeconds(15));

        Path archive = jar.resolveSibling(ClassDataSharing.ARCHIVE);
        assertEquals(List.of("-XX:SharedArchiveFile=" + archive), ClassDataSharing.options(jar));
        assertEquals("archive, all of it", Files.readString(archive));
    }

    /** A service jar built a minute ago, with no archive yet. */
    private Path builtJar() throws IOException {
        Path jar = Files.writeString(logs.resolve("quarkus-run.jar"), "jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
        return jar;
    }

    @Test
    void tailKeepsTheLastLines() throws IOException {
        Path log = logs.resolve("big.log");
        Files.writeString(log, IntStream.rangeClosed(1, 5000).mapToObj(i -> "line " + i)
                .collect(Collectors.joining("\n", "", "\n")));
        assertEquals(String.join(System.lineSeparator(), "line 4998", "line 4999", "line 5000"),
                ServiceProcess.tail(log, 3));
        assertTrue(ServiceProcess.tail(logs.resolve("none.log"), 3).contains("no log"));
    }
}
