package org.jewelers.careers;

import java.util.stream.Stream;
import org.jewelers.testing.ProblemTypeList;
import org.jewelers.web.problem.ProblemKind;
import org.junit.jupiter.api.Test;

class ProblemTypesTest {

    @Test
    void everyListedTypeStays() {
        ProblemTypeList.assertListed(Stream.of(CareersProblem.values()).map(ProblemKind::uri).toList());
    }
}
