package vn.thidua.conference.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.conference.Conference;
import vn.thidua.support.security.ScopeLookup;

/** A conference's id → the cluster whose secretariat runs it (the scope of {@code /conferences/{id}/...}). */
@ApplicationScoped
public class ConferenceClusters implements ScopeLookup {

    @Override
    @Transactional
    public Optional<String> scopeOf(String conferenceId) {
        return Conference.<Conference>findByIdOptional(conferenceId).map(c -> c.clusterCode);
    }
}
