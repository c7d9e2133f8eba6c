package examples.inventory;

/** One counted SKU in one warehouse. */
public record StockCount(String warehouseId, String sku, int onHand) {}
