package examples.etl;

import java.time.Instant;

/** Output of the ETL job. */
public record EtlSummary(String runId, Instant startedAt, Instant finishedAt, int batches, int rowsLoaded) {}
