package dev.durablecheck.core.reach;

import com.github.javaparser.ast.Node;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The summaries of the bodies calls reach, each computed once per run. Recursion, mutual recursion
 * and virtual calls make the call graph cyclic, so bodies are solved a strongly connected
 * component at a time (Tarjan's algorithm, without recursion, so that long chains cannot overflow
 * the stack), successors first; within a component, ways are relaxed to a fixpoint. No body is
 * walked more than once, whatever the shape of the graph.
 *
 * <p>Threads share the summaries. Two threads may solve the same component at once; both get the
 * same result, because the shortest ways and their tie-break (shortest first, then the earliest
 * edge) do not depend on the order of the work.
 */
final class Summaries {

    private final Function<Node, BodyFacts> facts;
    private final Function<Node, String> order;
    private final Map<Node, Summary> solved = Collections.synchronizedMap(new IdentityHashMap<>());

    /**
     * @param facts what a body does by itself
     * @param order a stable name of a body, which orders the members of a component
     */
    Summaries(Function<Node, BodyFacts> facts, Function<Node, String> order) {
        this.facts = facts;
        this.order = order;
    }

    /** What running {@code body} reaches. */
    Summary of(Node body) {
        Summary known = solved.get(body);
        if (known == null) {
            solveFrom(body);
            known = solved.get(body);
        }
        return known;
    }

    /** One frame of the depth-first search: a body and how many of its edges were followed. */
    private static final class Frame {
        final Node body;
        final List<BodyFacts.Edge> edges;
        int next;

        Frame(Node body, List<BodyFacts.Edge> edges) {
            this.body = body;
            this.edges = edges;
        }
    }

    /** Tarjan's algorithm from {@code root} over the bodies not yet solved, solving each component as it closes. */
    private void solveFrom(Node root) {
        Map<Node, Integer> index = new IdentityHashMap<>();
        Map<Node, Integer> low = new IdentityHashMap<>();
        Set<Node> onStack = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> stack = new ArrayDeque<>();
        Deque<Frame> frames = new ArrayDeque<>();
        enter(root, index, low, onStack, stack, frames);
        while (!frames.isEmpty()) {
            Frame frame = frames.peek();
            if (frame.next < frame.edges.size()) {
                Node target = frame.edges.get(frame.next++).target().body();
                if (solved.containsKey(target)) {
                    continue;
                }
                if (!index.containsKey(target)) {
                    enter(target, index, low, onStack, stack, frames);
                } else if (onStack.contains(target)) {
                    low.put(frame.body, Math.min(low.get(frame.body), index.get(target)));
                }
                continue;
            }
            frames.pop();
            if (!frames.isEmpty()) {
                Node parent = frames.peek().body;
                low.put(parent, Math.min(low.get(parent), low.get(frame.body)));
            }
            if (low.get(frame.body).equals(index.get(frame.body))) {
                List<Node> component = new ArrayList<>();
                Node member;
                do {
                    member = stack.pop();
                    onStack.remove(member);
                    component.add(member);
                } while (member != frame.body);
                solve(component);
            }
        }
    }

    private void enter(Node body, Map<Node, Integer> index, Map<Node, Integer> low, Set<Node> onStack,
                       Deque<Node> stack, Deque<Frame> frames) {
        index.put(body, index.size());
        low.put(body, index.get(body));
        stack.push(body);
        onStack.add(body);
        frames.push(new Frame(body, facts.apply(body).edges()));
    }

    /**
     * Solves one component whose successors outside it are solved: each member's sinks, then the
     * ways through its edges, relaxed until no way gets shorter or earlier.
     */
    private void solve(List<Node> component) {
        List<Node> members = new ArrayList<>(component);
        if (members.size() > 1) {
            members.sort(Comparator.comparing(order));
        }
        Set<Node> inside = Collections.newSetFromMap(new IdentityHashMap<>());
        inside.addAll(members);
        Map<Node, Map<Node, Route>> routes = new IdentityHashMap<>();
        for (Node member : members) {
            Map<Node, Route> own = new IdentityHashMap<>();
            for (ReachedAccess sink : facts.apply(member).sinks()) {
                own.putIfAbsent(sink.sink(), new Route(0, -1, sink.hops().get(0), null, sink.target()));
            }
            routes.put(member, own);
        }
        boolean firstPass = true;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Node member : members) {
                Map<Node, Route> own = routes.get(member);
                List<BodyFacts.Edge> edges = facts.apply(member).edges();
                for (int rank = 0; rank < edges.size(); rank++) {
                    BodyFacts.Edge edge = edges.get(rank);
                    Node target = edge.target().body();
                    boolean internal = inside.contains(target);
                    if (!internal && !firstPass) {
                        continue;
                    }
                    Map<Node, Route> below = internal ? routes.get(target) : solved.get(target).routes();
                    // A member's own map may be the one being changed (a method that calls itself).
                    for (Map.Entry<Node, Route> way : internal ? List.copyOf(below.entrySet()) : below.entrySet()) {
                        Route candidate = new Route(way.getValue().length() + 1, rank, edge.hop(), target, way.getValue().target());
                        Route current = own.get(way.getKey());
                        if (current == null || candidate.isBetterThan(current)) {
                            own.put(way.getKey(), candidate);
                            changed = true;
                        }
                    }
                }
            }
            firstPass = false;
        }
        for (Node member : members) {
            solved.putIfAbsent(member, new Summary(Collections.unmodifiableMap(routes.get(member))));
        }
    }
}
