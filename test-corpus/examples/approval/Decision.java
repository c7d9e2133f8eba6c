package examples.approval;

/** The payload an approver sends back through the callback. */
public record Decision(boolean approved, String approver, String comment) {}
