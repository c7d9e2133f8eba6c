package examples.inventory;

import java.util.Map;

/**
 * The catalog's on-hand levels as one step read them; replay hands back this checkpointed value.
 *
 * @param onHandBySku on-hand level per SKU; SKUs the catalog has no level for count as zero
 * @param stale true when the catalog answered from a cache that is being rebuilt
 */
public record CatalogSnapshot(Map<String, Integer> onHandBySku, boolean stale) {

    /** The catalog level of one SKU; a pure lookup, safe in orchestration code. */
    public int onHand(String sku) {
        return onHandBySku.getOrDefault(sku, 0);
    }
}
