package examples.approval;

/** Input of the approval flow: an expense claim that needs a manager's sign-off. */
public record ExpenseClaim(String claimId, String employee, long amountCents, String description) {}
