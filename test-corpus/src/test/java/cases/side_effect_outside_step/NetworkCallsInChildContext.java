package cases.side_effect_outside_step;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: sockets and URL connections opened inside a runInChildContext body. The child body
 * is orchestration code and runs again on replay, so every network call repeats; building a
 * URI or a URL object does not touch the network.
 */
public class NetworkCallsInChildContext extends DurableHandler<String, Integer> {

    @Override
    public Integer handleRequest(String input, DurableContext context) {
        Integer status = context.runInChildContext("notify-partner", Integer.class, child -> {
            URI endpoint = URI.create("https://partner.example.com/orders/" + input); // ok: side-effect-outside-step -- URI.create is pure
            try {
                URL url = endpoint.toURL(); // ok: side-effect-outside-step -- converting a URI to a URL opens nothing
                URL health = new URL("https://partner.example.com/health"); // ok: side-effect-outside-step -- constructing a URL opens nothing
                HttpURLConnection connection = (HttpURLConnection) url.openConnection(); // expect: side-effect-outside-step
                int code = connection.getResponseCode(); // expect: side-effect-outside-step
                try (InputStream body = health.openStream()) { // expect: side-effect-outside-step
                    child.getLogger().info("health body {}", body);
                }
                try (Socket socket = new Socket("partner.example.com", 443)) { // expect: side-effect-outside-step
                    child.getLogger().info("socket open {}", socket);
                }
                return code;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        Integer confirmed = context.runInChildContext("confirm-partner", Integer.class, child -> child.step("call-partner", Integer.class, stepCtx -> {
            try {
                URLConnection connection = URI.create("https://partner.example.com/confirm").toURL().openConnection(); // ok: side-effect-outside-step -- inside a step body
                return connection.getContentLength(); // ok: side-effect-outside-step -- inside a step body
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        return status + confirmed;
    }
}
