package cases.reach.recursion;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

/** Recursive walks over a tree of branches; some read the clock at the nodes they visit. */
public final class TreeStamps {

    private TreeStamps() {
    }

    /** A node of the tree: a name and its children, none for a leaf. */
    public static final class Branch {

        private final String name;
        private final List<Branch> children;

        public Branch(String name, List<Branch> children) {
            this.name = name;
            this.children = List.copyOf(children);
        }

        public String name() {
            return name;
        }

        public List<Branch> children() {
            return children;
        }
    }

    /** Every leaf reads the clock; every inner node recurses into its children. */
    public static long latestLeaf(Branch branch) {
        if (branch.children().isEmpty()) {
            return Instant.now().toEpochMilli(); // sink: nondeterministic-time
        }
        long latest = 0;
        for (Branch child : branch.children()) {
            latest = Math.max(latest, latestLeaf(child));
        }
        return latest;
    }

    /** Enters the walk from one call above it, so the chain passes this call. */
    public static String describe(Branch root) {
        return root.name() + "@" + latestLeaf(root); // hop
    }

    /** Counts the nodes: recursion with nothing to report. */
    public static int size(Branch branch) {
        int total = 1;
        for (Branch child : branch.children()) {
            total += size(child);
        }
        return total;
    }

    /** Only ever called from step bodies: its clock read is step code. */
    public static String stampNames(Branch branch) {
        StringBuilder out = new StringBuilder(branch.name()).append('@').append(LocalTime.now()); // ok: nondeterministic-time -- reached only from a step body
        for (Branch child : branch.children()) {
            out.append(',').append(stampNames(child));
        }
        return out.toString();
    }
}
