package vn.thidua.devstack;

import java.io.PrintStream;

/** Prints usage; an error message first when the command line was wrong (exit code 2). */
record HelpCommand(String error, PrintStream out) implements CliCommand {

    @Override
    public int run() {
        if (error != null) {
            out.println("devstack: " + error);
            out.println();
        }
        out.print(Cli.USAGE);
        return error == null ? 0 : 2;
    }
}
