package org.jewelers.competition.problem;

import java.util.stream.Stream;
import org.jewelers.testing.ProblemTypeList;
import org.jewelers.web.problem.ProblemKind;
import org.junit.jupiter.api.Test;

class ProblemTypesTest {

    @Test
    void everyListedTypeStays() {
        ProblemTypeList.assertListed(Stream.of(CompetitionProblem.values()).map(ProblemKind::uri).toList());
    }
}
