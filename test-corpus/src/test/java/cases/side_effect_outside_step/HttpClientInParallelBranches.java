package cases.side_effect_outside_step;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.ParallelDurableFuture;

/**
 * Scenario: java.net.http calls made inside parallel branches. A branch body is orchestration
 * code, so send and sendAsync repeat on every replay; building the client in a static field
 * and building requests is silent, and the same send inside a step is fine.
 */
public class HttpClientInParallelBranches extends DurableHandler<String, String> {

    private static final HttpClient HTTP = HttpClient.newHttpClient(); // ok: side-effect-outside-step -- a static initialiser is not orchestration code

    @Override
    public String handleRequest(String input, DurableContext context) {
        HttpRequest quote = HttpRequest.newBuilder(URI.create("https://rates.example.com/quote")).build(); // ok: side-effect-outside-step -- building a request sends nothing
        HttpRequest stock = HttpRequest.newBuilder(URI.create("https://stock.example.com/" + input)) // ok: side-effect-outside-step -- building a request sends nothing
                .POST(HttpRequest.BodyPublishers.ofString(input))
                .build();

        try (ParallelDurableFuture lookups = context.parallel("price-lookups")) {
            lookups.branch("quote", String.class, branchCtx -> {
                try {
                    HttpResponse<String> response = HTTP.send(quote, HttpResponse.BodyHandlers.ofString()); // expect: side-effect-outside-step
                    return response.body();
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            lookups.branch("stock", String.class, branchCtx -> {
                CompletableFuture<HttpResponse<String>> pending = HTTP.sendAsync(stock, HttpResponse.BodyHandlers.ofString()); // expect: side-effect-outside-step
                return pending.join().body();
            });
            lookups.branch("stock-checked", String.class, branchCtx -> branchCtx.step("fetch-stock", String.class, stepCtx -> {
                try {
                    return HTTP.send(stock, HttpResponse.BodyHandlers.ofString()).body(); // ok: side-effect-outside-step -- inside a step body
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        return input;
    }
}
