package vn.thidua.tokens;

import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens verified here, kept until they expire. A client sends the same token with every request; checking its
 * RSA signature again each time cost the gateway more than the proxying itself, and a service a good part of a write.
 * Only a successful verification is kept, and a kept token is used only while its {@code exp} lies ahead: after that
 * it is verified again (and refused). Keyed by the whole token, signature included. Bounded: when full, the expired
 * tokens go, and if that is not enough, all of them.
 */
public final class VerifiedTokens {

    private final int capacity;
    private final ConcurrentHashMap<String, JsonWebToken> tokens = new ConcurrentHashMap<>();

    public VerifiedTokens(int capacity) {
        this.capacity = capacity;
    }

    /** The verified token, or null when it was not verified here or has expired since ({@code now}: epoch seconds). */
    public JsonWebToken get(String token, long now) {
        JsonWebToken verified = tokens.get(token);
        if (verified == null) {
            return null;
        }
        if (verified.getExpirationTime() <= now) {
            tokens.remove(token, verified);
            return null;
        }
        return verified;
    }

    public void put(String token, JsonWebToken verified, long now) {
        if (verified.getExpirationTime() <= now) {
            return;
        }
        if (tokens.size() >= capacity) {
            tokens.values().removeIf(t -> t.getExpirationTime() <= now);
            if (tokens.size() >= capacity) {
                tokens.clear();
            }
        }
        tokens.put(token, verified);
    }

    public int size() {
        return tokens.size();
    }
}
