package vn.thidua.scoring.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Who is making the request, as recorded in score revisions and rankings. */
@RequestScoped
public class Actors {

    @Inject
    SecurityIdentity identity;

    public String current() {
        return identity == null || identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
    }
}
