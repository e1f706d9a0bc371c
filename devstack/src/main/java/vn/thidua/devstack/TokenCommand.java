package vn.thidua.devstack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code token --role R [--unit U] [--cluster C] [--sub S] [--ttl DURATION]}: prints a token signed with the
 * devstack's key pair (made if missing), for trying the API with curl.
 */
record TokenCommand(Path dataDir, String role, String unit, String cluster, String subject, Duration ttl,
        PrintStream out) implements CliCommand {

    @Override
    public int run() {
        out.println(DevKeys.of(dataDir).sign(role, unit, cluster, subject, ttl));
        return 0;
    }
}
