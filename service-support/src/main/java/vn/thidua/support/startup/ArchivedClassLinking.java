package vn.thidua.support.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Completes the class-data archive the devstack records on a service's first start after a build
 * ({@code -XX:ArchiveClassesAtExit}). JDK 17 archives only the classes that were linked by then, and a Quarkus service
 * loads thousands that it never links (types named by the classes it runs): every later start read those from the
 * jars again. When the JVM was started with {@value #LOADED_CLASSES} naming its {@code -Xlog:class+load} file, this
 * links the classes listed there on the way out, before the JVM writes the archive. Reflection links a class without
 * initialising it; a class that cannot be linked is left out, as the JVM would leave it out.
 */
@ApplicationScoped
public class ArchivedClassLinking {

    /** System property: the file of {@code -Xlog:class+load=info:file=<file>:none}. */
    public static final String LOADED_CLASSES = "thidua.cds.loaded-classes";

    private static final Logger LOG = Logger.getLogger(ArchivedClassLinking.class);
    private static final String SOURCE = " source: ";

    void linkBeforeArchiving(@Observes ShutdownEvent event) {
        String file = System.getProperty(LOADED_CLASSES);
        if (file == null) {
            return;
        }
        long start = System.nanoTime();
        int linked = link(Path.of(file), Thread.currentThread().getContextClassLoader());
        LOG.infof("Linked %d loaded classes for the class-data archive in %d ms", linked,
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Links the classes the log lists so far; the number linked. Not those that linking itself loads (types named in
     * signatures): the service never loaded them, and an archived class costs resident memory in every start.
     */
    static int link(Path loadedClasses, ClassLoader loader) {
        List<String> lines;
        try {
            lines = Files.readAllLines(loadedClasses);
        } catch (IOException e) {
            LOG.debugf("Cannot read %s: %s", loadedClasses, e.getMessage());
            return 0;
        }
        int linked = 0;
        for (String line : lines) {
            if (link(line, loader)) {
                linked++;
            }
        }
        return linked;
    }

    private static boolean link(String line, ClassLoader loader) {
        int source = line.indexOf(SOURCE);
        // already archived, hidden (lambda forms, proxies: named with a slash) or a line the JVM is still writing
        if (source <= 0 || line.endsWith("shared objects file")) {
            return false;
        }
        String name = line.substring(0, source);
        if (name.indexOf('/') >= 0) {
            return false;
        }
        try {
            Class.forName(name, false, loader).getDeclaredMethods();
            return true;
        } catch (Throwable notLinkable) { // NOPMD: any linkage failure only leaves the class out of the archive
            return false;
        }
    }
}
