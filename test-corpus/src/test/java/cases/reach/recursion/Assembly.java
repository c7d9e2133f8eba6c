package cases.reach.recursion;

import java.util.List;

/** A part made of parts: asks each of them, which recurses through the interface. */
public final class Assembly implements Part {

    private final List<Part> parts;

    public Assembly(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    @Override
    public long inspectedAt() {
        long latest = 0;
        for (Part part : parts) {
            latest = Math.max(latest, part.inspectedAt());
        }
        return latest;
    }
}
