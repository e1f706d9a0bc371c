package vn.thidua.scoring.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import vn.thidua.scoring.ScoringTable;
import vn.thidua.support.security.ScopeLookup;

/** A scoring table's id → the cluster whose secretariat owns it (the scope of {@code /scoring-tables/{id}/...}). */
@ApplicationScoped
public class ScoringTableClusters implements ScopeLookup {

    @Override
    public Optional<String> scopeOf(String tableId) {
        try {
            return ScoringTable.<ScoringTable>findByIdOptional(Long.valueOf(tableId)).map(table -> table.clusterCode);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
