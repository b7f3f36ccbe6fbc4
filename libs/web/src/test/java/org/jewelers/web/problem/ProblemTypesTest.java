package org.jewelers.web.problem;

import java.util.stream.Stream;
import org.jewelers.testing.ProblemTypeList;
import org.junit.jupiter.api.Test;

class ProblemTypesTest {

    @Test
    void everyListedTypeStays() {
        ProblemTypeList.assertListed(Stream.of(ProblemType.values()).map(ProblemKind::uri).toList());
    }
}
