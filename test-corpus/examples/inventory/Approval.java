package examples.inventory;

/** The payload the ops team sends back through the approval callback. */
public record Approval(boolean approved, String approver) {}
