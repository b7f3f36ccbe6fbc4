package org.jewelers.gateway.keys;

import jakarta.inject.Singleton;
import java.util.UUID;
import org.jewelers.web.caller.Caller;
import org.jewelers.web.problem.ProblemException;
import org.jewelers.web.problem.ProblemType;

/**
 * Which keys the caller may see: staff any, a partner's administrator (role {@code partner}) their partner's only;
 * another partner's key answers 404, as a missing one does. Every operation on a key, its usage included, asks here.
 */
@Singleton
public class KeyAccess {

    private final ApiKeyStore store;
    private final Caller caller;

    KeyAccess(ApiKeyStore store, Caller caller) {
        this.store = store;
        this.caller = caller;
    }

    /** The key, if the caller may see it. */
    public ApiKey visible(UUID id) {
        return requireVisible(store.find(id).orElseThrow(() -> ProblemException.notFound("API key", id)));
    }

    ApiKey requireVisible(ApiKey key) {
        if (!caller.hasRole("staff") && !key.partnerId().equals(ownPartner())) {
            throw ProblemException.notFound("API key", key.id());
        }
        return key;
    }

    /** The partner a partner administrator's token speaks for; a token without one has no keys. */
    UUID ownPartner() {
        UUID partner = caller.partnerId();
        if (partner == null) {
            throw new ProblemException(ProblemType.FORBIDDEN, "The token names no partner (claim partner_id)");
        }
        return partner;
    }
}
