package vn.thidua.devstack.demo;

/**
 * Signs a bearer token for a role acting for a unit or cluster (null when not scoped): steps whose writes belong to a
 * cluster's secretariat or a member unit (conferences, pledges) act as them, as in real use. The devstack passes its
 * own key pair ({@code DevKeys}); the loader itself needs only the JDK.
 */
@FunctionalInterface
public interface TokenIssuer {

    String token(String role, String unit, String cluster);
}
