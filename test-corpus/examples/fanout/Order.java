package examples.fanout;

/** One order to score. */
public record Order(String orderId, String customerId, long amountCents, String country) {}
