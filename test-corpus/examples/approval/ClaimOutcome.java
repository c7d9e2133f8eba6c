package examples.approval;

/** Output of the approval flow. */
public record ClaimOutcome(String claimId, String status, String decidedBy, String paymentId) {}
