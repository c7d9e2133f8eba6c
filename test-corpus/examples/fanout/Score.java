package examples.fanout;

/** The risk score of one order; {@code manualReview} marks orders picked for a human look. */
public record Score(String orderId, long amountCents, int risk, boolean manualReview) {}
