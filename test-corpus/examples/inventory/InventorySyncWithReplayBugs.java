package examples.inventory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.config.CallbackConfig;
import software.amazon.lambda.durable.config.MapConfig;
import software.amazon.lambda.durable.config.WaitForCallbackConfig;
import software.amazon.lambda.durable.model.MapResult;

/**
 * Syncs a retailer's warehouse counts into the storefront catalog: validate the counts, read the
 * catalog, ask ops to approve large adjustments, write the new levels in batches, push them to the
 * sales channels and check the catalog afterwards. Nothing here reads the clock, draws random numbers
 * or does I/O outside a step, and the first run works; the bugs are in the structure that replay
 * relies on: which operations start, in which order, under which name, on which context. Fixed
 * twin: {@link InventorySync}.
 */
public class InventorySyncWithReplayBugs extends DurableHandler<SyncRequest, SyncReport> {

    private static final int WRITE_BATCH_SIZE = 25;
    private static final int APPROVAL_THRESHOLD = 500;
    private static final Duration CATALOG_WARMUP = Duration.ofSeconds(30);
    private static final WaitForCallbackConfig ONE_DAY = WaitForCallbackConfig.builder()
            .callbackConfig(CallbackConfig.builder().timeout(Duration.ofDays(1)).build())
            .build();

    @Override
    public SyncReport handleRequest(SyncRequest request, DurableContext context) {
        notifyOps(context, SyncPhase.STARTED,
                "Stock sync " + request.syncId() + " started with " + request.counts().size() + " counts");

        // The step fills a list declared outside it: on replay the body is skipped and the list
        // stays empty, so the rejected counts are used after all and the report lists none.
        List<String> rejected = new ArrayList<>();
        int accepted = context.step("validate-counts", Integer.class, stepCtx -> {
            Set<String> known = knownSkus(request.retailerId());
            int valid = 0;
            for (StockCount count : request.counts()) {
                if (count.onHand() >= 0 && known.contains(count.sku())) {
                    valid++;
                } else {
                    rejected.add(count.sku()); // expect: captured-state-mutation
                }
            }
            return valid;
        });
        context.getLogger().info("{} of {} counts accepted", accepted, request.counts().size());

        // A durable wait inside a step: when the catalog is stale, the SDK refuses the nested
        // operation and the execution fails.
        CatalogSnapshot catalog = context.step("load-catalog", CatalogSnapshot.class, stepCtx -> {
            CatalogSnapshot snapshot = fetchCatalog(request.retailerId());
            if (snapshot.stale()) {
                context.wait("catalog-warmup", CATALOG_WARMUP); // expect: nested-durable-operation
                snapshot = fetchCatalog(request.retailerId());
            }
            return snapshot;
        });

        // groupingBy collects into a HashMap: its iteration order is not part of the contract.
        Map<String, Integer> countedBySku = request.counts().stream()
                .filter(count -> !rejected.contains(count.sku()))
                .collect(Collectors.groupingBy(StockCount::sku, Collectors.summingInt(StockCount::onHand)));

        List<String> largeSkus = new ArrayList<>();
        for (Map.Entry<String, Integer> counted : countedBySku.entrySet()) {
            if (Math.abs(counted.getValue() - catalog.onHand(counted.getKey())) >= APPROVAL_THRESHOLD) {
                largeSkus.add(counted.getKey());
            }
        }

        boolean approved = true;
        if (!largeSkus.isEmpty()) {
            List<String> toApprove = List.copyOf(largeSkus);
            // The name lists the warehouses in the order of a hash set, which a replay need not repeat.
            Set<String> warehouses = request.counts().stream()
                    .map(StockCount::warehouseId)
                    .collect(Collectors.toSet());
            try {
                Approval approval = context.waitForCallback(
                        "approve-" + String.join("+", warehouses), // expect: nondeterministic-operation-name
                        Approval.class,
                        (callbackId, stepCtx) -> requestApproval(callbackId, request.syncId(), toApprove),
                        ONE_DAY);
                approved = approval.approved();
            } catch (Throwable e) { // expect: swallowed-suspension
                // Also catches the suspension that waits for ops: large adjustments are never approved.
                context.getLogger().warn("No approval for sync {}; holding {} SKUs",
                        request.syncId(), toApprove.size());
                approved = false;
            }
        }

        // Batches of 25 cut from HashMap order: "write-batch-0" can hold other SKUs on replay, and
        // since the names still match, replay returns a checkpoint that belongs to other SKUs.
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
                context.step("write-batch-" + batchNo, Integer.class, // expect: unordered-iteration
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

        // Each channel runs in a child context of its own, but the step goes to the handler's
        // context: concurrent items draw ids from the parent's counter in scheduling order.
        List<StockDelta> changes = List.copyOf(written);
        MapResult<Integer> pushed = context.map("publish-channels", request.channels(), Integer.class,
                (channel, index, channelCtx) ->
                        context.step("push-" + channel, Integer.class, // expect: parent-context-in-child
                                stepCtx -> pushLevels(channel, changes)),
                MapConfig.builder().maxConcurrency(4).build());

        // Copied from the first read: two operations named "load-catalog" in the history and tests.
        CatalogSnapshot after = context.step("load-catalog", CatalogSnapshot.class, // expect: duplicate-operation-name
                stepCtx -> fetchCatalog(request.retailerId()));
        int mismatches = 0;
        for (StockDelta delta : changes) {
            if (after.onHand(delta.sku()) != delta.onHand()) {
                mismatches++;
            }
        }

        notifyOps(context, SyncPhase.FINISHED, "Stock sync " + request.syncId() + " wrote " + changes.size()
                + " SKUs, " + held + " held for approval, " + mismatches + " mismatches");
        return new SyncReport(request.syncId(), changes.size(), pushed.succeeded().size(),
                List.copyOf(rejected), held, mismatches);
    }

    /** The moments of a sync that ops hears about; the label goes into the step name. */
    private enum SyncPhase {
        STARTED("started"),
        FINISHED("finished");

        private final String label;

        SyncPhase(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /**
     * Posts to the ops chat as a step named after the phase. The name is stable: label() returns the
     * phase's final label, and every call passes a constant phase.
     */
    private static void notifyOps(DurableContext ctx, SyncPhase phase, String message) {
        ctx.step("notify-" + phase.label(), String.class, stepCtx -> postToOps(message)); // ok: unverified-operation-name -- followed into label(), a constant's final field
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
