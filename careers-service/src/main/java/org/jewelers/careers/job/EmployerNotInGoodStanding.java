package org.jewelers.careers.job;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jewelers.web.problem.Problem;

/**
 * Only member firms in good standing may post jobs. A problem type of its own, so that an employer's front end can
 * tell this apart from a malformed posting and point the firm to its membership instead.
 */
public class EmployerNotInGoodStanding extends RuntimeException {

    public static final String TYPE = "https://jewelers.example/problems/employer-not-in-good-standing";

    public EmployerNotInGoodStanding(UUID memberId) {
        super("Member firm " + memberId + " is not in good standing (active or grace) and cannot post jobs");
    }

    /** Answers 422 problem+json. */
    public static class Mapper {

        @ServerExceptionMapper
        public Response problem(EmployerNotInGoodStanding e, UriInfo uri) {
            return Response.status(422).type(Problem.MEDIA_TYPE)
                    .entity(new Problem(TYPE, "Employer not in good standing", 422, e.getMessage(),
                            uri.getRequestUri().getRawPath(), null))
                    .build();
        }
    }
}
