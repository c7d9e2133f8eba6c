package cases.shared_mutable_state.tallies;

/** The first of three calls down to a static write, each in its own file. */
public final class Pipeline {

    private Pipeline() {
    }

    public static String run(String s) {
        String normalised = Stages.normalise(s); // hop
        return normalised;
    }
}
