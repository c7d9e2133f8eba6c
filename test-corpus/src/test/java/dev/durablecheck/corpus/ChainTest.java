package dev.durablecheck.corpus;

import dev.durablecheck.core.CallHop;
import dev.durablecheck.core.Finding;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chains are asserted, not only lines: every finding reached through calls starts at the reported
 * call, passes only through lines marked {@code // hop}, and ends on a line marked
 * {@code // sink: <its rule>}; every such marker is on some chain.
 */
class ChainTest {

    private record Place(Path file, int line, String ruleId) implements Comparable<Place> {
        @Override
        public int compareTo(Place o) {
            int byFile = file.compareTo(o.file);
            if (byFile != 0) {
                return byFile;
            }
            int byLine = Integer.compare(line, o.line);
            return byLine != 0 ? byLine : ruleId.compareTo(o.ruleId);
        }

        @Override
        public String toString() {
            return file.getFileName() + ":" + line + (ruleId.isEmpty() ? "" : " " + ruleId);
        }
    }

    @Test
    void everyChainRunsThroughMarkedHopsToAMarkedSink() throws IOException {
        Set<Place> markedSinks = new TreeSet<>();
        Set<Place> markedHops = new TreeSet<>();
        for (Path file : CorpusRun.caseFiles()) {
            Markers markers = Markers.read(file);
            markers.sinks().forEach(s -> markedSinks.add(new Place(file, s.line(), s.ruleId())));
            markers.hops().forEach(h -> markedHops.add(new Place(file, h, "")));
        }
        Set<Place> reachedSinks = new TreeSet<>();
        Set<Place> usedHops = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Finding f : CorpusRun.RESULT.findings()) {
            if (f.chain().isEmpty()) {
                continue;
            }
            String where = f.file().getFileName() + ":" + f.range().beginLine() + " " + f.ruleId();
            CallHop first = f.chain().get(0);
            if (!first.file().equals(f.file()) || first.range().beginLine() != f.range().beginLine()) {
                problems.add(where + ": the chain does not start at the reported call");
            }
            CallHop last = f.chain().get(f.chain().size() - 1);
            Place sink = new Place(last.file(), last.range().beginLine(), f.ruleId());
            reachedSinks.add(sink);
            if (!markedSinks.contains(sink)) {
                problems.add(where + ": the chain ends at " + sink + ", which has no '// sink: " + f.ruleId() + "' marker");
            }
            for (CallHop hop : f.chain().subList(1, f.chain().size() - 1)) {
                Place place = new Place(hop.file(), hop.range().beginLine(), "");
                usedHops.add(place);
                if (!markedHops.contains(place)) {
                    problems.add(where + ": the chain passes " + place + " (" + hop.description() + "), which has no '// hop' marker");
                }
            }
        }
        for (Place sink : markedSinks) {
            if (!reachedSinks.contains(sink)) {
                problems.add(sink + ": marked as a sink, but no finding's chain ends there");
            }
        }
        for (Place hop : markedHops) {
            if (!usedHops.contains(hop)) {
                problems.add(hop + ": marked as a hop, but no finding's chain passes there");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aCallThatDispatchesToSeveralImplementationsSaysWhichOneReachesTheSink() {
        Finding charged = CorpusRun.RESULT.findings().stream()
                .filter(f -> f.file().getFileName().toString().equals("InterfaceWithTwoImplementations.java")
                        && f.ruleId().equals("nondeterministic-uuid"))
                .findFirst().orElseThrow();

        assertThat(charged.chain()).hasSize(2);
        assertThat(charged.chain().get(0).description())
                .isEqualTo("gateway.charge(cents) -> CardGateway.charge(long) (one of 2 implementations)");
        assertThat(charged.chain().get(1).description()).isEqualTo("UUID.randomUUID()");
        assertThat(charged.message()).startsWith("'UUID.randomUUID()' (reached through 'gateway.charge(cents)')");
    }
}
