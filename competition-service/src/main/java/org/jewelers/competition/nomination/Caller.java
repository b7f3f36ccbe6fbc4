package org.jewelers.competition.nomination;

import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jewelers.web.problem.ProblemException;

/** The entrant behind a request, as their token names them. */
public record Caller(String subject, String name, String email, UUID memberId) {

    /** A malformed member_id is the token issuer's error, reported rather than ignored. */
    static Caller of(JsonWebToken token) {
        String memberId = token.getClaim("member_id");
        try {
            return new Caller(token.getSubject(), token.getClaim("name"), token.getClaim("email"),
                    memberId == null ? null : UUID.fromString(memberId));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("member_id", "the token's member_id is not a UUID");
        }
    }
}
