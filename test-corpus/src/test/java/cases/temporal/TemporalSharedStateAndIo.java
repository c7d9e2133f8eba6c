package cases.temporal;

import io.temporal.activity.ActivityInterface;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Scenario: a static field is shared by every workflow execution on a worker, and a network call in
 * workflow code runs again on every replay. Instance fields (one workflow object per execution), a
 * static constant, the same call inside sideEffect or in an activity, an environment read inside
 * sideEffect, and a getVersion change id built from constants stay silent.
 */
public class TemporalSharedStateAndIo {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @WorkflowInterface
    public interface Pricing {
        @WorkflowMethod
        int price(String sku);
    }

    @ActivityInterface
    public interface PriceFeed {
        String fetch(String sku);
    }

    public static class PriceFeedImpl implements PriceFeed {
        @Override
        public String fetch(String sku) {
            return get("https://prices.example/" + sku); // ok: side-effect-outside-step -- an activity runs once
        }
    }

    public static class PricingImpl implements Pricing {
        private static final String CHANGE = "price-source";
        private static int quotes;
        private int ownQuotes;

        @Override
        public int price(String sku) {
            quotes++; // expect: shared-mutable-state
            ownQuotes++; // ok: shared-mutable-state -- an instance field: one workflow object per execution
            int version = Workflow.getVersion(CHANGE + "-v2", Workflow.DEFAULT_VERSION, 1); // ok: nondeterministic-operation-name -- built from constants
            String region = Workflow.sideEffect(String.class, () -> System.getenv("REGION")); // ok: environment-read -- recorded by sideEffect
            String quoted = Workflow.sideEffect(String.class, () -> get("https://prices.example/" + sku)); // ok: side-effect-outside-step -- recorded by sideEffect
            HttpRequest live = HttpRequest.newBuilder(URI.create("https://prices.example/" + sku)).build();
            try {
                HTTP.send(live, HttpResponse.BodyHandlers.ofString()); // expect: side-effect-outside-step
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return version + region.length() + quoted.length() + ownQuotes;
        }
    }

    static String get(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
