package cases.shared_mutable_state.tallies;

import java.util.Locale;

/** The middle of a chain: passes the length on to a static tally. */
final class Stages {

    private Stages() {
    }

    static String normalise(String s) {
        Counters.add(s.length()); // hop
        return s.toLowerCase(Locale.ROOT);
    }
}
