package org.jewelers.web.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PagingTest {

    private static final SortParameter<String> JOBS = SortParameter.<String>builder()
            .oneWay("distance", "distance_m").bothWays("datePosted", "posted_at").build();
    private static final SortParameter<String> MEMBERS = SortParameter.<String>builder()
            .oneWay("name", "NAME").ignoringCase().build();

    @Test
    void mappingAPageKeepsItsPlace() {
        Page<Integer> page = new Page<>(List.of(1, 2, 3), 43, 2, 3);
        assertEquals(new Page<>(List.of("1", "2", "3"), 43, 2, 3), page.map(String::valueOf));
    }

    @ParameterizedTest
    @CsvSource({"0, 20, 0, 20", "1, 20, 20, 5", "2, 20, 40, 0", "7, 3, 21, 3", "8, 3, 24, 1", "50, 100, 25, 0"})
    void aPageOfAListHeldInMemory(int page, int size, int first, int count) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        List<Integer> all = IntStream.range(0, 25).boxed().toList();
        Page<Integer> answer = request.of(all);
        assertEquals(IntStream.range(first, first + count).boxed().toList(), answer.items());
        assertEquals(25, answer.total());
        assertEquals(page, answer.page());
        assertEquals(size, answer.size());
    }

    @Test
    void aSortNamesAnOrderAndALeadingMinusReversesOnlyTheOrdersOfferedBothWays() {
        assertEquals(Optional.of(new SortParameter.Sorted<>("posted_at", false)), JOBS.read("datePosted"));
        assertEquals(Optional.of(new SortParameter.Sorted<>("posted_at", true)), JOBS.read("-datePosted"));
        assertEquals(Optional.of(new SortParameter.Sorted<>("distance_m", false)), JOBS.read("distance"));
        assertTrue(JOBS.read("-distance").isEmpty());
        assertTrue(JOBS.read("DatePosted").isEmpty());
        assertTrue(JOBS.read("").isEmpty());
        assertTrue(JOBS.read(null).isEmpty());
        assertEquals(List.of("distance", "datePosted", "-datePosted"), JOBS.names());
        assertEquals(List.of("distance", "datePosted"), JOBS.orders());
    }

    @Test
    void anEndpointThatAlwaysIgnoredCaseStillDoes() {
        assertEquals("NAME", MEMBERS.read("Name").orElseThrow().key());
        assertEquals("NAME", MEMBERS.read("name").orElseThrow().key());
        assertTrue(MEMBERS.read("-name").isEmpty());
    }
}
