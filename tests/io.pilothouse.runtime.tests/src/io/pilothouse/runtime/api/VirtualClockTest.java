package io.pilothouse.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VirtualClockTest {

    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void startsAtTheDocumentedEpochAndStandsStill() {
        VirtualClock clock = new VirtualClock();
        assertEquals(EPOCH, clock.now());
        assertEquals(EPOCH, clock.now());
        assertEquals(Optional.empty(), clock.nextDue());
    }

    /** Timers given as name@offset-in-seconds, scheduled in that order; then one advance. */
    static Stream<Arguments> firingOrders() {
        return Stream.of(
                Arguments.of("a@3 b@1 c@2", 10, "b@1 c@2 a@3"),
                Arguments.of("a@2 b@2 c@1 d@2", 10, "c@1 a@2 b@2 d@2"),
                Arguments.of("a@5 b@15", 10, "a@5"),
                Arguments.of("a@10", 10, "a@10"),
                Arguments.of("a@11", 10, ""),
                Arguments.of("a@0", 0, "a@0"),
                Arguments.of("a@-5 b@0", 0, "a@0 b@0"));
    }

    @ParameterizedTest
    @MethodSource("firingOrders")
    void firesDueTimersInOrderAtTheirDueInstants(String timers, long advanceSeconds, String expected) {
        VirtualClock clock = new VirtualClock();
        List<String> fired = new ArrayList<>();
        for (String timer : timers.split(" ")) {
            String[] parts = timer.split("@");
            clock.schedule(EPOCH.plusSeconds(Long.parseLong(parts[1])),
                    () -> fired.add(parts[0] + "@" + (clock.now().getEpochSecond() - EPOCH.getEpochSecond())));
        }
        clock.advance(Duration.ofSeconds(advanceSeconds));
        assertEquals(expected, String.join(" ", fired));
        assertEquals(EPOCH.plusSeconds(advanceSeconds), clock.now());
    }

    @Test
    void firesTimersScheduledByTimersWithinTheSameAdvance() {
        VirtualClock clock = new VirtualClock();
        List<String> fired = new ArrayList<>();
        clock.scheduleAfter(Duration.ofSeconds(1), () -> {
            fired.add("first@" + clock.now());
            clock.scheduleAfter(Duration.ofSeconds(2), () -> fired.add("second@" + clock.now()));
            clock.scheduleAfter(Duration.ofSeconds(20), () -> fired.add("late@" + clock.now()));
        });
        clock.advance(Duration.ofSeconds(5));
        assertEquals(List.of("first@2026-01-01T00:00:01Z", "second@2026-01-01T00:00:03Z"), fired);
        assertEquals(Optional.of(EPOCH.plusSeconds(21)), clock.nextDue());
        clock.advance(Duration.ofSeconds(16));
        assertEquals("late@2026-01-01T00:00:21Z", fired.get(2));
    }

    @Test
    void cancelledTimersDoNotFire() {
        VirtualClock clock = new VirtualClock();
        List<String> fired = new ArrayList<>();
        VirtualClock.Timer timer = clock.scheduleAfter(Duration.ofMillis(5), () -> fired.add("cancelled"));
        clock.scheduleAfter(Duration.ofMillis(7), () -> fired.add("kept"));
        timer.cancel();
        assertEquals(Optional.of(EPOCH.plusMillis(7)), clock.nextDue());
        clock.advance(Duration.ofMillis(10));
        assertEquals(List.of("kept"), fired);
    }

    @Test
    void refusesToMoveBack() {
        VirtualClock clock = new VirtualClock(EPOCH.plusSeconds(60));
        assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofSeconds(-1)));
        assertEquals(EPOCH.plusSeconds(60), clock.now());
    }
}
