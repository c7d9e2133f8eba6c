package examples.inventory;

import java.util.List;

/**
 * Output of the inventory sync.
 *
 * @param skusWritten SKUs whose catalog level was changed
 * @param channelsUpdated sales channels that accepted the new levels
 * @param rejectedSkus SKUs whose counts failed validation and were not used
 * @param heldForApproval large adjustments left unwritten because ops did not approve them
 * @param mismatches written SKUs whose level the catalog did not show afterwards
 */
public record SyncReport(String syncId, int skusWritten, int channelsUpdated, List<String> rejectedSkus,
        int heldForApproval, int mismatches) {}
