package dev.durablecheck.core.reach;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.NameExpr;
import dev.durablecheck.core.CallHop;
import dev.durablecheck.core.TextRange;
import dev.durablecheck.core.resolve.MemberTarget;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Summaries over call graphs of any shape: every sink a body reaches, by a shortest way with the
 * earliest edge on ties, each body walked once, and the same answer whichever body is asked first.
 * Bodies here are bare nodes with hand-written facts, so only the solving is tested.
 */
class SummariesTest {

    private static final MemberTarget CLOCK = new MemberTarget(MemberTarget.Kind.METHOD, "java.lang.System", "nanoTime",
            List.of(), true);

    /** A hand-written call graph: bodies by name, their sinks and their edges in order. */
    private static final class Graph {
        final Map<String, Node> bodies = new LinkedHashMap<>();
        final Map<String, List<String>> edges = new HashMap<>();
        final Map<String, Node> sinks = new HashMap<>();
        final Map<Node, String> names = new IdentityHashMap<>();
        final Map<Node, AtomicInteger> walks = new IdentityHashMap<>();

        Graph body(String name, String... calls) {
            Node node = new NameExpr(name);
            bodies.put(name, node);
            names.put(node, name);
            walks.put(node, new AtomicInteger());
            edges.put(name, List.of(calls));
            return this;
        }

        Graph sink(String body) {
            sinks.put(body, new NameExpr("sink_in_" + body));
            return this;
        }

        BodyFacts facts(Node body) {
            String name = names.get(body);
            walks.get(body).incrementAndGet(); // reads, not walks: ReachAnalyzer walks once and keeps the facts
            List<ReachedAccess> own = sinks.containsKey(name)
                    ? List.of(new ReachedAccess(sinks.get(name), CLOCK, List.of(hop("sink in " + name))))
                    : List.of();
            List<BodyFacts.Edge> out = new ArrayList<>();
            for (String callee : edges.get(name)) {
                out.add(new BodyFacts.Edge(hop(name + " -> " + callee), new Implementation(bodies.get(callee), callee, 1)));
            }
            return new BodyFacts(own, out, List.of());
        }

        Summaries summaries() {
            return new Summaries(this::facts, names::get);
        }

        /** The hop descriptions from {@code from} to the sink in {@code to}. */
        List<String> chain(Summaries summaries, String from, String to) {
            Node sink = sinks.get(to);
            List<String> hops = new ArrayList<>();
            for (Node at = bodies.get(from); at != null; ) {
                Route route = summaries.of(at).routes().get(sink);
                hops.add(route.hop().description());
                at = route.next();
            }
            return hops;
        }
    }

    private static CallHop hop(String description) {
        return new CallHop(Path.of("F.java"), new TextRange(1, 1, 1, 1), description);
    }

    @Test
    void aBodyThatCallsItselfReachesItsOwnSinkAndWhatItCalls() {
        Graph g = new Graph().body("walk", "walk", "leaf").body("leaf").sink("leaf");

        Summaries s = g.summaries();

        assertThat(g.chain(s, "walk", "leaf")).containsExactly("walk -> leaf", "sink in leaf");
        assertThat(s.of(g.bodies.get("walk")).routes()).hasSize(1);
    }

    @Test
    void everyMemberOfACycleReachesTheSinkOfAnyMemberByItsShortestWay() {
        // a -> b -> c -> a, the sink in c; d enters the cycle at b.
        Graph g = new Graph().body("a", "b").body("b", "c").body("c", "a").sink("c").body("d", "b");

        Summaries s = g.summaries();

        assertThat(g.chain(s, "a", "c")).containsExactly("a -> b", "b -> c", "sink in c");
        assertThat(g.chain(s, "b", "c")).containsExactly("b -> c", "sink in c");
        assertThat(g.chain(s, "c", "c")).containsExactly("sink in c");
        assertThat(g.chain(s, "d", "c")).containsExactly("d -> b", "b -> c", "sink in c");
    }

    @Test
    void ofEquallyShortWaysTheEarliestEdgeIsTaken() {
        Graph g = new Graph().body("top", "left", "right").body("left", "x").body("right", "x").body("x").sink("x");

        assertThat(g.chain(g.summaries(), "top", "x")).containsExactly("top -> left", "left -> x", "sink in x");
    }

    @Test
    void aShorterWayThroughALaterEdgeWins() {
        Graph g = new Graph().body("top", "long", "x").body("long", "longer").body("longer", "x").body("x").sink("x");

        assertThat(g.chain(g.summaries(), "top", "x")).containsExactly("top -> x", "sink in x");
    }

    /** Solving reads a body's facts when it enters it and on each pass over its component: a constant. */
    @Test
    void eachBodyIsReadAConstantNumberOfTimesHoweverManyWaysLeadToIt() {
        // Twenty layers of two bodies each, every body calling both of the next layer: 2^20 paths.
        Graph g = new Graph();
        for (int layer = 20; layer >= 0; layer--) {
            for (String side : List.of("l", "r")) {
                String name = side + layer;
                if (layer == 20) {
                    g.body(name);
                } else {
                    g.body(name, "l" + (layer + 1), "r" + (layer + 1));
                }
            }
        }
        g.sink("r20");

        Summaries s = g.summaries();

        assertThat(g.chain(s, "l0", "r20")).hasSize(21).endsWith("l19 -> r20", "sink in r20");
        assertThat(g.walks.get(g.bodies.get("r0")).get()).as("not reached from l0").isZero();
        g.walks.remove(g.bodies.get("r0"));
        assertThat(g.walks.values()).allSatisfy(count -> assertThat(count.get()).isBetween(1, 4));
    }

    @Test
    void theAnswerDoesNotDependOnWhichBodyIsAskedFirst() {
        Graph first = tangle();
        Graph second = tangle();
        Summaries fromTop = first.summaries();
        Summaries fromInside = second.summaries();

        fromInside.of(second.bodies.get("q"));
        for (String body : List.of("top", "p", "q", "r", "s")) {
            for (String sink : List.of("r", "s")) {
                assertThat(second.chain(fromInside, body, sink)).as("%s to the sink in %s", body, sink)
                        .isEqualTo(first.chain(fromTop, body, sink));
            }
        }
    }

    /** Two cycles sharing q, with a sink in each and ties between ways. */
    private static Graph tangle() {
        return new Graph().body("top", "p", "q").body("p", "q", "r").body("q", "p", "s").body("r", "q", "p")
                .body("s", "q").sink("r").sink("s");
    }
}
