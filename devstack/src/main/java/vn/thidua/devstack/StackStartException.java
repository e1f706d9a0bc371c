package vn.thidua.devstack;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The stack could not be brought up. For a service, names it and carries the tail of its log, so the reader
 * sees why without opening files.
 */
public class StackStartException extends RuntimeException {

    private final String service;
    private final Path logFile;

    public StackStartException(String message, Throwable cause) {
        super(message, cause);
        this.service = null;
        this.logFile = null;
    }

    public StackStartException(String message, String service, Path logFile, String logTail) {
        super(message + System.lineSeparator() + "--- last lines of " + logFile + " ---" + System.lineSeparator()
                + logTail);
        this.service = service;
        this.logFile = logFile;
    }

    /** The module that failed, if a service failed. */
    public Optional<String> service() {
        return Optional.ofNullable(service);
    }

    public Optional<Path> logFile() {
        return Optional.ofNullable(logFile);
    }
}
