package examples.fanout;

import java.util.List;

/** Input of the order-scoring fan-out: a batch of orders, in a fixed order. */
public record ScoringRequest(String batchId, List<Order> orders) {}
