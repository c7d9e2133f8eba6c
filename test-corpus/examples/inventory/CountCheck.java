package examples.inventory;

import java.util.List;

/** What the validation step returns: the counts to use and the SKUs it turned away. */
public record CountCheck(List<StockCount> accepted, List<String> rejectedSkus) {}
