package cases.reach.recursion;

/** A single part, inspected when it is asked: it reads the clock. */
public final class Component implements Part {

    @Override
    public long inspectedAt() {
        return System.nanoTime(); // sink: nondeterministic-time
    }
}
