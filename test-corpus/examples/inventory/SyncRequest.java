package examples.inventory;

import java.util.List;

/**
 * Input of the inventory sync: a retailer's stock counts from its warehouses, to be written to the
 * storefront catalog and pushed to the sales channels.
 *
 * @param syncId id of this sync run, chosen by the scheduler that starts it
 * @param retailerId whose catalog is updated
 * @param counts the warehouse counts, in the order the warehouses reported them; a SKU stocked in
 *     several warehouses appears once per warehouse
 * @param channels the sales channels to push the new levels to ("web", "marketplace", "pos", ...)
 */
public record SyncRequest(String syncId, String retailerId, List<StockCount> counts, List<String> channels) {}
