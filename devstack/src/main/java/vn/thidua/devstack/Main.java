package vn.thidua.devstack;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** {@code java -jar devstack/target/devstack.jar up [options]}: see {@link Cli#USAGE}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Path defaultRoot = System.getenv("THIDUA_ROOT") != null ? null : launcherRoot().orElse(null);
        CliCommand command = Cli.parse(Arrays.asList(args), System.getenv(), defaultRoot, System.out);
        int exitCode = command.run();
        System.out.flush();
        System.exit(exitCode);
    }

    private static Optional<Path> launcherRoot() {
        try {
            return Cli.rootFromCodeSource(Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
