package examples.fanout;

import java.util.List;
import java.util.Random;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.config.MapConfig;
import software.amazon.lambda.durable.model.MapResult;

/**
 * Scores a batch of orders with {@code map}, one child context per order, and samples some orders
 * for manual review. The map function is orchestration code: the sampling draw happens again on
 * every replay, so a replay can pick different orders and start a different set of review steps.
 * The summary uses {@code parallelStream()}, which runs on the common fork-join pool outside the
 * SDK's control. Fixed twin: {@link OrderScoring}.
 */
public class OrderScoringWithGotchas extends DurableHandler<ScoringRequest, ScoringReport> {

    private static final int AUDIT_PERCENT = 5;
    private static final long LARGE_ORDER_CENTS = 100_000_00L;
    private static final List<String> HOME_MARKETS = List.of("DE", "FR", "NL", "US");

    @Override
    public ScoringReport handleRequest(ScoringRequest request, DurableContext context) {
        MapResult<Score> scores = context.map("score-orders", request.orders(), Score.class,
                (order, index, itemCtx) -> {
                    Score score = itemCtx.step("score-" + index, Score.class, stepCtx -> scoreOrder(order, false));
                    // Random sampling outside a step: a replay draws again.
                    boolean audit = new Random().nextInt(100) < AUDIT_PERCENT; // expect: nondeterministic-random
                    if (score.risk() < 50 && !audit) {
                        return score;
                    }
                    String ticket = itemCtx.step("open-review-" + index, String.class,
                            stepCtx -> openReviewTicket(order, score));
                    itemCtx.getLogger().info("order {} sent to review as {}", order.orderId(), ticket);
                    return new Score(score.orderId(), score.amountCents(), score.risk(), true);
                },
                MapConfig.builder().maxConcurrency(10).build());

        List<Score> scored = scores.succeeded();
        long flaggedAmount = scored.parallelStream() // expect: unmanaged-concurrency
                .filter(Score::manualReview)
                .mapToLong(Score::amountCents)
                .sum();
        int flagged = (int) scored.stream().filter(Score::manualReview).count();
        return new ScoringReport(request.batchId(), scored.size(), flagged, flaggedAmount);
    }

    /** A rule-based risk score; only ever called from a step body. */
    private static Score scoreOrder(Order order, boolean sampled) {
        int risk = 0;
        if (order.amountCents() >= LARGE_ORDER_CENTS) {
            risk += 40;
        }
        if (!HOME_MARKETS.contains(order.country())) {
            risk += 30;
        }
        return new Score(order.orderId(), order.amountCents(), risk, sampled || risk >= 50);
    }

    /** Files a ticket in the review queue (stubbed here); only ever called from a step body. */
    private static String openReviewTicket(Order order, Score score) {
        return "REVIEW-" + order.orderId() + "-" + score.risk();
    }
}
