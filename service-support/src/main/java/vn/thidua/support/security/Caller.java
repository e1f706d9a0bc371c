package vn.thidua.support.security;

import java.security.Principal;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;

/** Who is calling, as the audit trail and the scope check read it from the verified token. */
public record Caller(String subject, String role, String unit, String cluster) {

    public static final Caller ANONYMOUS = new Caller("anonymous", null, null, null);

    public static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return ANONYMOUS;
        }
        Principal principal = identity.getPrincipal();
        String role = identity.getRoles().stream().filter(r -> r.equals(Roles.CENTRAL_BOARD)).findFirst()
                .or(() -> identity.getRoles().stream().sorted().findFirst()).orElse(null);
        if (principal instanceof JsonWebToken jwt) {
            String subject = jwt.getSubject() != null ? jwt.getSubject() : jwt.getName();
            return new Caller(subject, role, claim(jwt, Roles.UNIT_CLAIM), claim(jwt, Roles.CLUSTER_CLAIM));
        }
        return new Caller(principal.getName(), role, null, null);
    }

    static String claim(JsonWebToken jwt, String name) {
        // SmallRye looks a name up among the standard claims first and throws (and catches) for any other, stack trace
        // and all: two per write in cluster-service (JFR) for the unit and cluster claims a central-board token lacks
        if (!jwt.getClaimNames().contains(name)) {
            return null;
        }
        Object value = jwt.getClaim(name);
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.toString();
        }
        return value == null ? null : value.toString();
    }
}
