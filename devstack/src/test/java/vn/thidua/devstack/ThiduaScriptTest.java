package vn.thidua.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ./thidua} script itself, run in a copy of the project's layout with a Maven and a java that only log. */
class ThiduaScriptTest {

    /** The script at the project's root (surefire runs in the module's folder). */
    private static final Path SCRIPT = Path.of("..", "thidua").toAbsolutePath().normalize();

    @TempDir
    Path root;

    @Test
    void shouldBuildOnceWhenTwoCommandsStartTogetherOnAnUnbuiltTree() throws Exception {
        assumeTrue(onPath("flock"), "flock (util-linux) is what the script locks with");
        // A build that takes a while, as the real one does, and logs when it starts and ends
        project("""
                #!/usr/bin/env bash
                echo "start $$" >> build.log
                sleep 1
                mkdir -p devstack/target && touch devstack/target/devstack.jar
                echo "end $$" >> build.log
                """, "#!/usr/bin/env bash\nexit 0\n");

        Process up = start("up");
        Process token = start("token", "--role", "central-board");

        assertEquals(0, finish(up), () -> output("up"));
        assertEquals(0, finish(token), () -> output("token"));
        List<String> log = Files.readAllLines(root.resolve("build.log")).stream().map(l -> l.split(" ")[0]).toList();
        assertEquals(List.of("start", "end"), log, "one build, not two at once in the same tree");
    }

    @Test
    void shouldRecordTheLauncherArchiveAnewWhenTheLastRecordingWasCutShort() throws Exception {
        // what a launcher killed while writing its archive leaves: the regions, and zeros where the header goes last
        Path archive = builtTree(new byte[64 * 1024]);

        assertEquals(0, finish(start("up")), () -> output("up"));

        String java = Files.readString(root.resolve("java.log"));
        assertTrue(java.contains("-XX:ArchiveClassesAtExit=devstack/target/devstack-cds.jsa"), java);
        assertFalse(java.contains("-XX:SharedArchiveFile"), java);
        assertFalse(Files.exists(archive), "the cut-short archive is removed before the JVM records a new one");
    }

    @Test
    void shouldMapACompleteLauncherArchive() throws Exception {
        byte[] complete = new byte[64 * 1024];
        // the magic number of a dynamic archive (0xf00baba8), as the JVM writes it on this machine's byte order
        ByteBuffer.wrap(complete).order(ByteOrder.nativeOrder()).putInt(0xf00baba8);
        builtTree(complete);

        assertEquals(0, finish(start("up")), () -> output("up"));

        String java = Files.readString(root.resolve("java.log"));
        assertTrue(java.contains("-XX:SharedArchiveFile=devstack/target/devstack-cds.jsa"), java);
        assertFalse(java.contains("-XX:ArchiveClassesAtExit"), java);
    }

    /**
     * A tree the script finds built (sources older than its build stamp, nothing to rebuild), with the launcher's
     * archive written after the jar, and a java that logs its arguments; a Maven that fails, as nothing may build.
     */
    private Path builtTree(byte[] archiveBytes) throws IOException {
        project("#!/usr/bin/env bash\necho 'nothing should build' >&2\nexit 1\n",
                "#!/usr/bin/env bash\necho \"$*\" >> java.log\n");
        Files.createDirectories(root.resolve("devstack/target"));
        Path jar = Files.writeString(root.resolve("devstack/target/devstack.jar"), "jar");
        Path stamp = Files.writeString(root.resolve("devstack/target/thidua-build.stamp"), "");
        Path archive = Files.write(root.resolve("devstack/target/devstack-cds.jsa"), archiveBytes);
        long now = System.currentTimeMillis();
        for (String source : List.of("pom.xml", ".mvn", "devstack/pom.xml", "devstack/src", "thidua")) {
            Files.setLastModifiedTime(root.resolve(source), FileTime.fromMillis(now - 100_000));
        }
        Files.setLastModifiedTime(jar, FileTime.fromMillis(now - 50_000));
        Files.setLastModifiedTime(stamp, FileTime.fromMillis(now - 40_000));
        Files.setLastModifiedTime(archive, FileTime.fromMillis(now - 10_000));
        return archive;
    }

    /** The project's layout with one module (devstack), the script, and the given Maven Wrapper and java. */
    private void project(String mavenWrapper, String java) throws IOException {
        Files.copy(SCRIPT, root.resolve("thidua"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.writeString(root.resolve("pom.xml"), "<modules>\n<module>devstack</module>\n</modules>\n");
        Files.createDirectories(root.resolve("devstack/src"));
        Files.createDirectories(root.resolve(".mvn"));
        Files.writeString(root.resolve("devstack/pom.xml"), "<project/>");
        executable("mvnw", mavenWrapper);
        Files.createDirectories(root.resolve("jdk/bin"));
        executable("jdk/bin/java", java);
    }

    private Process start(String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", "./thidua"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(root.resolve(args[0] + ".out").toFile());
        builder.environment().put("JAVA_HOME", root.resolve("jdk").toString());
        return builder.start();
    }

    private int finish(Process process) throws Exception {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("./thidua did not end");
        }
        return process.exitValue();
    }

    private String output(String command) {
        try {
            return Files.readString(root.resolve(command + ".out"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private void executable(String name, String text) throws IOException {
        Path file = root.resolve(name);
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
