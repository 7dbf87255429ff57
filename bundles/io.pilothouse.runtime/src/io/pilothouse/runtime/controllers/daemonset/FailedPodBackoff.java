package io.pilothouse.runtime.controllers.daemonset;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The backoff between deletions of failed daemon pods on one node, as upstream's {@code failedPodsBackoff}
 * (client-go {@code flowcontrol.Backoff} from 1 s doubling to 15 min): a node whose failed pod was deleted within
 * the current delay is in backoff; each deletion doubles the delay, and a node quiet for twice the maximum starts
 * again at the initial delay.
 */
final class FailedPodBackoff {

    static final Duration INITIAL = Duration.ofSeconds(1);
    static final Duration MAX = Duration.ofMinutes(15);

    private record Entry(Duration delay, Instant lastUpdate) {}

    private final Map<String, Entry> entries = new HashMap<>();

    /** The key of a set's node, as upstream's {@code failedPodsBackoffKey}. */
    static String key(String setUid, String nodeName) {
        return setUid + '/' + nodeName;
    }

    /** Whether the key's last deletion is less than its delay ago. */
    boolean inBackoff(String key, Instant now) {
        Entry entry = entries.get(key);
        return entry != null && !expired(entry, now) && Duration.between(entry.lastUpdate(), now)
                .compareTo(entry.delay()) < 0;
    }

    /** The key's current delay. */
    Duration delay(String key) {
        Entry entry = entries.get(key);
        return entry == null ? Duration.ZERO : entry.delay();
    }

    /** Records a deletion now: the first delay, or double the last one up to the maximum. */
    void next(String key, Instant now) {
        Entry entry = entries.get(key);
        Duration delay = entry == null || expired(entry, now)
                ? INITIAL
                : entry.delay().multipliedBy(2).compareTo(MAX) > 0 ? MAX : entry.delay().multipliedBy(2);
        entries.put(key, new Entry(delay, now));
    }

    private static boolean expired(Entry entry, Instant now) {
        return Duration.between(entry.lastUpdate(), now).compareTo(MAX.multipliedBy(2)) > 0;
    }
}
