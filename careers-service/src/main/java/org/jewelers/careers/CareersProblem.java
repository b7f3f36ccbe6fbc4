package org.jewelers.careers;

import org.jewelers.web.problem.ProblemKind;

/** The problem types only careers-service answers, beside the shared ones of the web library. */
public enum CareersProblem implements ProblemKind {
    /**
     * Only member firms in good standing may post jobs; a type of its own, so that an employer's front end can tell
     * this apart from a malformed posting and point the firm to its membership instead.
     */
    EMPLOYER_NOT_IN_GOOD_STANDING("employer-not-in-good-standing", 422, "Employer not in good standing");

    private final Definition definition;

    CareersProblem(String slug, int status, String title) {
        this.definition = new Definition(slug, status, title);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
