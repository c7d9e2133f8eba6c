package examples.inventory;

/** A level to write to the catalog: the new on-hand total of a SKU and the change it makes. */
public record StockDelta(String sku, int onHand, int change) {}
