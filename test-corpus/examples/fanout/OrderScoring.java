package examples.fanout;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.config.MapConfig;
import software.amazon.lambda.durable.model.MapResult;

/**
 * The fixed twin of {@link OrderScoringWithGotchas}: each order gets one scoring step, and the
 * sampling draw happens inside that step, so its outcome is checkpointed with the score and a
 * replay starts exactly the same review steps. The map's {@code maxConcurrency} is the only
 * concurrency; the summary is a plain sequential stream over the checkpointed results.
 */
public class OrderScoring extends DurableHandler<ScoringRequest, ScoringReport> {

    private static final int AUDIT_PERCENT = 5;
    private static final long LARGE_ORDER_CENTS = 100_000_00L;
    private static final List<String> HOME_MARKETS = List.of("DE", "FR", "NL", "US");

    @Override
    public ScoringReport handleRequest(ScoringRequest request, DurableContext context) {
        MapResult<Score> scores = context.map("score-orders", request.orders(), Score.class,
                (order, index, itemCtx) -> {
                    // The draw is part of the step, so replay returns the same decision.
                    Score score = itemCtx.step("score-" + index, Score.class,
                            stepCtx -> scoreOrder(order, ThreadLocalRandom.current().nextInt(100) < AUDIT_PERCENT));
                    if (!score.manualReview()) {
                        return score;
                    }
                    String ticket = itemCtx.step("open-review-" + index, String.class,
                            stepCtx -> openReviewTicket(order, score));
                    itemCtx.getLogger().info("order {} sent to review as {}", order.orderId(), ticket);
                    return score;
                },
                MapConfig.builder().maxConcurrency(10).build());

        List<Score> scored = scores.succeeded();
        long flaggedAmount = scored.stream()
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
