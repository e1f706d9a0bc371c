package vn.thidua.devstack;

/**
 * One sub-command of the launcher. New ones (a dev token, demo data) are a record here plus a case in
 * {@link Cli#parse}.
 */
sealed interface CliCommand permits UpCommand, HelpCommand, DlqCommand, RebuildCommand, TokenCommand,
        BenchCommand {

    /** @return the process exit code */
    int run() throws Exception;
}
