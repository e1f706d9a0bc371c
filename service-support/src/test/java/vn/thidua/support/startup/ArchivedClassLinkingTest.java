package vn.thidua.support.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchivedClassLinkingTest {

    @TempDir
    Path dir;

    @Test
    void shouldLinkTheClassesLoadedFromJarsAndSkipTheRest() throws IOException {
        Path log = Files.write(dir.resolve("classes.log"), List.of(
                "java.lang.Object source: shared objects file",
                "vn.thidua.support.startup.ArchivedClassLinkingTest$Listed source: file:/app/lib/x.jar",
                "vn.thidua.support.startup.ArchivedClassLinkingTest$Lambda/0x0000000800c0b000 source: vn.thidua.X",
                "no.such.Clazz source: file:/app/lib/y.jar",
                "vn.thidua.support.startup.ArchivedClas"));
        RecordingLoader loader = new RecordingLoader();

        assertEquals(1, ArchivedClassLinking.link(log, loader));
        assertEquals(List.of("vn.thidua.support.startup.ArchivedClassLinkingTest$Listed", "no.such.Clazz"),
                loader.asked);
    }

    @Test
    void shouldNotArchiveWhatOnlyTheLinkingLoaded() throws IOException {
        Path log = Files.write(dir.resolve("classes.log"),
                List.of("vn.thidua.support.startup.ArchivedClassLinkingTest$Listed source: file:/app/lib/x.jar"));
        RecordingLoader loader = new RecordingLoader() {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (asked.isEmpty()) { // linking the first class loads another one: the JVM logs it
                    try {
                        Files.writeString(log, "vn.thidua.support.startup.ArchivedClassLinkingTest$Named source: "
                                + "file:/app/lib/x.jar\n", java.nio.file.StandardOpenOption.APPEND);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
                return super.loadClass(name, resolve);
            }
        };

        assertEquals(1, ArchivedClassLinking.link(log, loader));
        assertEquals(List.of("vn.thidua.support.startup.ArchivedClassLinkingTest$Listed"), loader.asked);
    }

    @Test
    void shouldLinkNothingWithoutTheLog() {
        assertEquals(0, ArchivedClassLinking.link(dir.resolve("missing.log"), new RecordingLoader()));
    }

    static class Listed {
    }

    static class Named {
    }

    static class RecordingLoader extends ClassLoader {
        final List<String> asked = new ArrayList<>();

        RecordingLoader() {
            super(ArchivedClassLinkingTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            asked.add(name);
            return super.loadClass(name, resolve);
        }
    }
}
