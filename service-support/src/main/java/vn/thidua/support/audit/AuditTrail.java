package vn.thidua.support.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.support.security.Caller;

/** Appends to and reads the service's {@code audit_entry} table (db/support/V0_20__audit.sql). */
@ApplicationScoped
public class AuditTrail {

    /** Most entries one query answers; the trail of one resource or one actor's day stays well below. */
    public static final int LIMIT = 1000;

    private final DataSource dataSource;
    private final String service;

    public AuditTrail(DataSource dataSource, @ConfigProperty(name = "quarkus.application.name") String service) {
        this.dataSource = dataSource;
        this.service = service;
    }

    /** Joins the caller's transaction: the row commits or rolls back with the change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller caller, String action, String resourceType, String resourceId, String requestId,
            String outcome) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into audit_entry (service, subject, "
                        + "role, unit_claim, cluster_claim, action, resource_type, resource_id, request_id, outcome) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, service);
            insert.setString(2, caller.subject());
            insert.setString(3, caller.role());
            insert.setString(4, caller.unit());
            insert.setString(5, caller.cluster());
            insert.setString(6, action);
            insert.setString(7, resourceType);
            insert.setString(8, resourceId);
            insert.setString(9, requestId);
            insert.setString(10, outcome);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Audit entry not written; the change is rolled back", e);
        }
    }

    /** Entries of one resource (type and id), or of one subject, within [from, to), oldest first. */
    public List<AuditEntry> find(String resourceType, String resourceId, String subject, OffsetDateTime from,
            OffsetDateTime to) {
        StringBuilder sql = new StringBuilder("select occurred_at, service, subject, role, unit_claim, cluster_claim, "
                + "action, resource_type, resource_id, request_id, outcome from audit_entry where true");
        List<Object> args = new ArrayList<>();
        condition(sql, args, " and resource_type = ?", resourceType);
        condition(sql, args, " and resource_id = ?", resourceId);
        condition(sql, args, " and subject = ?", subject);
        condition(sql, args, " and occurred_at >= ?", from == null ? null : Timestamp.from(from.toInstant()));
        condition(sql, args, " and occurred_at < ?", to == null ? null : Timestamp.from(to.toInstant()));
        sql.append(" order by occurred_at, id limit ").append(LIMIT);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                query.setObject(i + 1, args.get(i));
            }
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(new AuditEntry(rows.getTimestamp(1).toInstant().atOffset(ZoneOffset.UTC),
                            rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
                            rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9),
                            rows.getString(10), rows.getString(11)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("Audit trail not readable", e);
        }
    }

    private static void condition(StringBuilder sql, List<Object> args, String clause, Object value) {
        if (value != null) {
            sql.append(clause);
            args.add(value);
        }
    }
}
