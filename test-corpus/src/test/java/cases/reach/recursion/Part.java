package cases.reach.recursion;

/** A part of a bill of materials: a single {@link Component} or an {@link Assembly} of parts. */
public interface Part {

    /** When the part was last inspected. */
    long inspectedAt();
}
