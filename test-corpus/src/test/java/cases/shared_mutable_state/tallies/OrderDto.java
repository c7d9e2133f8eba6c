package cases.shared_mutable_state.tallies;

/** A plain data object with a setter and a builder: writes to its own fields are not shared state. */
public class OrderDto {

    private static int created;
    private String name;
    private int quantity;

    public OrderDto(String name) {
        this.name = name; // ok: shared-mutable-state -- written in the constructor
        created++; // ok: shared-mutable-state -- written in a constructor, which sets up the object it builds
    }

    public void setName(String name) {
        this.name = name; // ok: shared-mutable-state -- a setter writes its own object's field
    }

    public String name() {
        return name + quantity;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link OrderDto} field by field. */
    public static final class Builder {

        private String name;
        private int quantity;

        public Builder name(String name) {
            this.name = name; // ok: shared-mutable-state -- the builder's own field
            return this;
        }

        public Builder quantity(int quantity) {
            this.quantity = quantity; // ok: shared-mutable-state -- the builder's own field
            return this;
        }

        public OrderDto build() {
            OrderDto dto = new OrderDto(name);
            dto.quantity = quantity; // ok: shared-mutable-state -- a field of another object
            return dto;
        }
    }
}
