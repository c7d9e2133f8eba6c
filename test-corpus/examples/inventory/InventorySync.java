package examples.inventory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.config.CallbackConfig;
import software.amazon.lambda.durable.config.MapConfig;
import software.amazon.lambda.durable.config.WaitForCallbackConfig;
import software.amazon.lambda.durable.exception.CallbackTimeoutException;
import software.amazon.lambda.durable.model.MapResult;

/**
 * The fixed twin of {@link InventorySyncWithReplayBugs}: the validation step returns what it found
 * instead of filling a list; the catalog warm-up wait sits between two steps, not inside one; the
 * counts are summed into a {@code TreeMap}, so batches are cut in SKU order on every replay; the
 * approval callback has a fixed name and only its timeout is caught; each channel's step runs on
 * the channel's own context; every operation name is unique and visible where the operation
 * starts.
 */
public class InventorySync extends DurableHandler<SyncRequest, SyncReport> {

    private static final int WRITE_BATCH_SIZE = 25;
    private static final int APPROVAL_THRESHOLD = 500;
    private static final Duration CATALOG_WARMUP = Duration.ofSeconds(30);
    private static final WaitForCallbackConfig ONE_DAY = WaitForCallbackConfig.builder()
            .callbackConfig(CallbackConfig.builder().timeout(Duration.ofDays(1)).build())
            .build();

    @Override
    public SyncReport handleRequest(SyncRequest request, DurableContext context) {
        String startMessage = "Stock sync " + request.syncId() + " started with " + request.counts().size()
                + " counts";
        context.step("notify-started", String.class, stepCtx -> postToOps(startMessage));

        // The result is checkpointed, so replay returns the same accepted counts and rejected SKUs.
        CountCheck check = context.step("validate-counts", CountCheck.class,
                stepCtx -> validateCounts(request.retailerId(), request.counts()));
        context.getLogger().info("{} of {} counts accepted", check.accepted().size(), request.counts().size());

        CatalogSnapshot catalog = context.step("load-catalog", CatalogSnapshot.class,
                stepCtx -> fetchCatalog(request.retailerId()));
        if (catalog.stale()) {
            // A durable wait in orchestration code, then a second read under its own name.
            context.wait("catalog-warmup", CATALOG_WARMUP);
            catalog = context.step("reload-catalog", CatalogSnapshot.class,
                    stepCtx -> fetchCatalog(request.retailerId()));
        }

        // Declared and built as a TreeMap: SKU order, the same on every replay.
        TreeMap<String, Integer> countedBySku = check.accepted().stream()
                .collect(Collectors.groupingBy(StockCount::sku, TreeMap::new,
                        Collectors.summingInt(StockCount::onHand)));

        List<String> largeSkus = new ArrayList<>();
        for (Map.Entry<String, Integer> counted : countedBySku.entrySet()) {
            if (Math.abs(counted.getValue() - catalog.onHand(counted.getKey())) >= APPROVAL_THRESHOLD) {
                largeSkus.add(counted.getKey());
            }
        }

        boolean approved = true;
        if (!largeSkus.isEmpty()) {
            List<String> toApprove = List.copyOf(largeSkus);
            try {
                Approval approval = context.waitForCallback(
                        "approve-large-adjustments",
                        Approval.class,
                        (callbackId, stepCtx) -> requestApproval(callbackId, request.syncId(), toApprove),
                        ONE_DAY);
                approved = approval.approved();
            } catch (CallbackTimeoutException e) {
                // Only the timeout; the suspension that waits for ops passes through untouched.
                context.getLogger().warn("No approval for sync {} within a day; holding {} SKUs",
                        request.syncId(), toApprove.size());
                approved = false;
            }
        }

        List<StockDelta> pending = new ArrayList<>();
        List<StockDelta> written = new ArrayList<>();
        int batchNo = 0;
        int held = 0;
        for (Map.Entry<String, Integer> counted : countedBySku.entrySet()) {
            String sku = counted.getKey();
            int change = counted.getValue() - catalog.onHand(sku);
            if (change == 0) {
                continue;
            }
            if (!approved && largeSkus.contains(sku)) {
                held++;
                continue;
            }
            pending.add(new StockDelta(sku, counted.getValue(), change));
            if (pending.size() == WRITE_BATCH_SIZE) {
                List<StockDelta> batch = List.copyOf(pending);
                context.step("write-batch-" + batchNo, Integer.class,
                        stepCtx -> writeLevels(request.retailerId(), batch));
                written.addAll(batch);
                pending.clear();
                batchNo++;
            }
        }
        if (!pending.isEmpty()) {
            List<StockDelta> batch = List.copyOf(pending);
            context.step("write-batch-" + batchNo, Integer.class,
                    stepCtx -> writeLevels(request.retailerId(), batch));
            written.addAll(batch);
        }

        // Each channel's step goes to that channel's own child context.
        List<StockDelta> changes = List.copyOf(written);
        MapResult<Integer> pushed = context.map("publish-channels", request.channels(), Integer.class,
                (channel, index, channelCtx) ->
                        channelCtx.step("push-" + channel, Integer.class,
                                stepCtx -> pushLevels(channel, changes)),
                MapConfig.builder().maxConcurrency(4).build());

        CatalogSnapshot after = context.step("verify-catalog", CatalogSnapshot.class,
                stepCtx -> fetchCatalog(request.retailerId()));
        int mismatches = 0;
        for (StockDelta delta : changes) {
            if (after.onHand(delta.sku()) != delta.onHand()) {
                mismatches++;
            }
        }

        String finishMessage = "Stock sync " + request.syncId() + " wrote " + changes.size()
                + " SKUs, " + held + " held for approval, " + mismatches + " mismatches";
        context.step("notify-finished", String.class, stepCtx -> postToOps(finishMessage));
        return new SyncReport(request.syncId(), changes.size(), pushed.succeeded().size(),
                check.rejectedSkus(), held, mismatches);
    }

    /** Splits the counts into usable ones and rejected SKUs; only ever called from a step body. */
    private static CountCheck validateCounts(String retailerId, List<StockCount> counts) {
        Set<String> known = knownSkus(retailerId);
        List<StockCount> accepted = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (StockCount count : counts) {
            if (count.onHand() >= 0 && known.contains(count.sku())) {
                accepted.add(count);
            } else {
                rejected.add(count.sku());
            }
        }
        return new CountCheck(accepted, rejected);
    }

    /** The SKUs the retailer's catalog knows (stubbed here); only ever called from a step body. */
    private static Set<String> knownSkus(String retailerId) {
        return Set.of("SKU-1001", "SKU-1002", "SKU-2001");
    }

    /** Reads the catalog's on-hand levels (stubbed here); only ever called from a step body. */
    private static CatalogSnapshot fetchCatalog(String retailerId) {
        return new CatalogSnapshot(Map.of("SKU-1001", 40, "SKU-1002", 0), false);
    }

    /** Mails ops the approve/reject links (stubbed here); only ever called from a callback submitter. */
    private static void requestApproval(String callbackId, String syncId, List<String> skus) {
        // POST {callbackId, syncId, skus} to the ops approval service.
    }

    /** Writes one batch of levels to the catalog (stubbed here); only ever called from a step body. */
    private static int writeLevels(String retailerId, List<StockDelta> batch) {
        return batch.size();
    }

    /** Pushes the new levels to one sales channel (stubbed here); only ever called from a step body. */
    private static int pushLevels(String channel, List<StockDelta> changes) {
        return changes.size();
    }

    /** Posts a message to the ops chat (stubbed here); only ever called from a step body. */
    private static String postToOps(String message) {
        return "posted: " + message;
    }
}
