package org.jewelers.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jewelers.contracts.EventTypes;
import org.jewelers.contracts.jobs.JobClosed;
import org.jewelers.contracts.jobs.JobOpened;
import org.jewelers.events.envelope.EventEnvelope;
import org.jewelers.events.envelope.EventFactory;
import org.junit.jupiter.api.Test;

class EventFactoryTest {

    private static final UUID JOB = UUID.fromString("9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d");
    private static final UUID MEMBER = UUID.fromString("6f1c2f9e-3b7a-4e45-9a57-0c1d2e3f4a5b");

    private final EventFactory events = new EventFactory("/careers-service",
            Clock.fixed(Instant.parse("2026-06-01T12:00:00.123456Z"), ZoneOffset.UTC));
    private final JobOpened opened = new JobOpened(JOB, MEMBER, "Bench Jeweler", "bench-jeweler", "Austin", "TX",
            LocalDate.of(2026, 9, 30));

    @Test
    void writesTheRecordAsItsContractSpellsIt() {
        EventEnvelope event = events.create(EventTypes.JOB_OPENED, JOB.toString(), 1, opened);
        assertEquals("{\"jobId\":\"" + JOB + "\",\"memberId\":\"" + MEMBER + "\",\"title\":\"Bench Jeweler\","
                + "\"area\":\"bench-jeweler\",\"city\":\"Austin\",\"state\":\"TX\",\"validThrough\":\"2026-09-30\"}",
                event.data().toString());
        assertEquals(Instant.parse("2026-06-01T12:00:00.123Z"), event.time());
        assertEquals(opened, event.data(JobOpened.class));
    }

    @Test
    void refusesTheRecordOfAnotherType() {
        assertThrows(IllegalArgumentException.class, () -> events.create(EventTypes.JOB_CLOSED, JOB.toString(), 2, opened));
        assertThrows(IllegalArgumentException.class, () -> events.create("org.jewelers.test.thing.happened.v1", "ring", 1,
                new JobClosed(JOB, MEMBER, "Bench Jeweler", "bench-jeweler", "Austin", "TX", LocalDate.of(2026, 9, 30), "filled")));
    }
}
