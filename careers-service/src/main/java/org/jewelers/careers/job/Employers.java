package org.jewelers.careers.job;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jewelers.web.problem.ProblemException;
import org.jewelers.web.problem.ProblemType;

/** The member firm a caller's token speaks for. */
@RequestScoped
class Employers {

    private final JsonWebToken token;

    Employers(JsonWebToken token) {
        this.token = token;
    }

    UUID ownFirm() {
        Object claim = token.getClaim("member_id");
        if (claim == null) {
            throw forbidden("Your token names no member firm (member_id)");
        }
        try {
            return UUID.fromString(claim.toString());
        } catch (IllegalArgumentException e) {
            throw forbidden("Your token's member_id is not a member firm id");
        }
    }

    /** True when the token is for the given firm. */
    boolean speaksFor(UUID memberId) {
        Object claim = token.getClaim("member_id");
        return claim != null && claim.toString().equals(memberId.toString());
    }

    static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }
}
