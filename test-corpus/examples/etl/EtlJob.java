package examples.etl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * The fixed twin of {@link EtlJobWithGotchas}: the run id and timestamps come from steps, so replay
 * returns the values of the first run; progress goes through the replay-aware
 * {@code context.getLogger()}; {@code context.wait} ends the invocation between batches, so each
 * invocation stays short while the whole job may run for days; the webhook is a step.
 */
public class EtlJob extends DurableHandler<EtlRequest, EtlSummary> {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Override
    public EtlSummary handleRequest(EtlRequest request, DurableContext context) {
        String runId = context.step("create-run-id", String.class, stepCtx -> UUID.randomUUID().toString());
        Instant startedAt = context.step("stamp-start", Instant.class, stepCtx -> Instant.now());
        context.getLogger().info("ETL run {} started at {}", runId, startedAt);

        List<String> batchKeys = request.batchKeys();
        int totalRows = 0;
        for (int i = 0; i < batchKeys.size(); i++) {
            String batchKey = batchKeys.get(i);
            BatchResult result = context.step("batch-" + i, BatchResult.class,
                    stepCtx -> loadBatch(request.exportUrl(), request.ingestUrl(), batchKey));
            totalRows += result.rowsLoaded();
            context.getLogger().info("batch {} loaded {} rows", i, result.rowsLoaded());

            if (i < batchKeys.size() - 1) {
                // A durable wait: the function suspends and is re-invoked for the next batch.
                context.wait("pause-after-batch-" + i, Duration.ofSeconds(1));
            }
        }

        Instant finishedAt = context.step("stamp-finish", Instant.class, stepCtx -> Instant.now());
        String message = "ETL run " + runId + " loaded " + totalRows + " rows";
        context.step("notify-data-team", Integer.class, stepCtx -> notifyDataTeam(request.webhookUrl(), message));
        return new EtlSummary(runId, startedAt, finishedAt, batchKeys.size(), totalRows);
    }

    /** Extract, transform and load one batch; only ever called from a step body. */
    private static BatchResult loadBatch(String exportUrl, String ingestUrl, String batchKey) {
        String csv = exchange(HttpRequest.newBuilder(URI.create(exportUrl + "/" + batchKey)).GET().build()).body();
        List<String> rows = csv.lines().skip(1).map(String::trim).filter(line -> !line.isEmpty()).toList();
        exchange(HttpRequest.newBuilder(URI.create(ingestUrl))
                .POST(HttpRequest.BodyPublishers.ofString(String.join("\n", rows)))
                .build());
        return new BatchResult(batchKey, rows.size());
    }

    /** Posts the summary to the webhook and returns the HTTP status; only ever called from a step body. */
    private static int notifyDataTeam(String webhookUrl, String message) {
        return exchange(HttpRequest.newBuilder(URI.create(webhookUrl))
                .POST(HttpRequest.BodyPublishers.ofString(message))
                .build()).statusCode();
    }

    private static HttpResponse<String> exchange(HttpRequest httpRequest) {
        try {
            return HTTP.send(httpRequest, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
