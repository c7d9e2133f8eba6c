package examples.fanout;

/** Output of the order-scoring fan-out. */
public record ScoringReport(String batchId, int scored, int flagged, long flaggedAmountCents) {}
