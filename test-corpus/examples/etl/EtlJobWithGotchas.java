package examples.etl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * A long-running ETL job: one step per batch, so each batch is loaded once and a replay picks up
 * where the last invocation stopped. It compiles and works on the first run, but everything around
 * the steps runs again on every replay. Fixed twin: {@link EtlJob}.
 */
public class EtlJobWithGotchas extends DurableHandler<EtlRequest, EtlSummary> {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Override
    public EtlSummary handleRequest(EtlRequest request, DurableContext context) {
        // A new id and a new start time on every replay: the summary never matches the log lines.
        String runId = UUID.randomUUID().toString(); // expect: nondeterministic-uuid
        Instant startedAt = Instant.now(); // expect: nondeterministic-time
        System.out.println("ETL run " + runId + " started at " + startedAt); // expect: replay-unsafe-logging

        List<String> batchKeys = request.batchKeys();
        int totalRows = 0;
        for (int i = 0; i < batchKeys.size(); i++) {
            String batchKey = batchKeys.get(i);
            BatchResult result = context.step("batch-" + i, BatchResult.class,
                    stepCtx -> loadBatch(request.exportUrl(), request.ingestUrl(), batchKey));
            totalRows += result.rowsLoaded();
            // The helper reads the clock and prints: reported here, with the chain into Progress.
            Progress.report(i, result.rowsLoaded()); // expect: nondeterministic-time, replay-unsafe-logging

            if (i < batchKeys.size() - 1) {
                // Keeps the invocation (and its bill) running; a long job hits the 15-minute limit.
                try {
                    Thread.sleep(1_000); // expect: blocking-sleep
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted between batches", e);
                }
            }
        }

        Instant finishedAt = Instant.now(); // expect: nondeterministic-time
        HttpRequest done = HttpRequest.newBuilder(URI.create(request.webhookUrl()))
                .POST(HttpRequest.BodyPublishers.ofString("ETL run " + runId + " loaded " + totalRows + " rows"))
                .build();
        try {
            // Sent again whenever this code is replayed.
            HTTP.send(done, HttpResponse.BodyHandlers.discarding()); // expect: side-effect-outside-step
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("could not notify the data team", e);
        }
        return new EtlSummary(runId, startedAt, finishedAt, batchKeys.size(), totalRows);
    }

    /** Extract, transform and load one batch; only ever called from a step body. */
    private static BatchResult loadBatch(String exportUrl, String ingestUrl, String batchKey) {
        String csv = exchange(HttpRequest.newBuilder(URI.create(exportUrl + "/" + batchKey)).GET().build());
        List<String> rows = csv.lines().skip(1).map(String::trim).filter(line -> !line.isEmpty()).toList();
        exchange(HttpRequest.newBuilder(URI.create(ingestUrl))
                .POST(HttpRequest.BodyPublishers.ofString(String.join("\n", rows)))
                .build());
        return new BatchResult(batchKey, rows.size());
    }

    private static String exchange(HttpRequest httpRequest) {
        try {
            return HTTP.send(httpRequest, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
