package examples.etl;

import java.util.List;

/**
 * Input of the ETL job.
 *
 * @param exportUrl base URL of the export API the batches are read from
 * @param ingestUrl URL of the warehouse ingest API the cleaned rows are posted to
 * @param batchKeys the batches to process, in order
 * @param webhookUrl where the data team is told that the run has finished
 */
public record EtlRequest(String exportUrl, String ingestUrl, List<String> batchKeys, String webhookUrl) {}
