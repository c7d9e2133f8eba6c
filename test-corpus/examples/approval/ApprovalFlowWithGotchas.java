package examples.approval;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.config.CallbackConfig;
import software.amazon.lambda.durable.config.WaitForCallbackConfig;
import software.amazon.lambda.durable.exception.CallbackTimeoutException;

/**
 * An expense approval: the submitter step mails the approver a link carrying the callback id, and
 * the execution suspends until the approver answers (or escalates after three days). The
 * approver's address is read from the environment in orchestration code, where a redeploy with a
 * new value changes it between replays, and the SLF4J logger repeats every line on every replay.
 * Fixed twin: {@link ApprovalFlow}.
 */
public class ApprovalFlowWithGotchas extends DurableHandler<ExpenseClaim, ClaimOutcome> {

    private static final Logger LOG = LoggerFactory.getLogger(ApprovalFlowWithGotchas.class);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final WaitForCallbackConfig THREE_DAYS = WaitForCallbackConfig.builder()
            .callbackConfig(CallbackConfig.builder().timeout(Duration.ofDays(3)).build())
            .build();

    @Override
    public ClaimOutcome handleRequest(ExpenseClaim claim, DurableContext context) {
        String approverEmail = System.getenv("APPROVER_EMAIL"); // expect: environment-read
        LOG.info("Claim {} ({} cents) goes to {}", // expect: replay-unsafe-logging
                claim.claimId(), claim.amountCents(), approverEmail);

        Decision decision;
        try {
            decision = context.waitForCallback("manager-approval", Decision.class,
                    (callbackId, stepCtx) -> sendApprovalMail(approverEmail, claim, callbackId), THREE_DAYS);
        } catch (CallbackTimeoutException e) {
            String directorEmail = System.getenv("DIRECTOR_EMAIL"); // expect: environment-read
            LOG.warn("Claim {} timed out, escalating to {}", // expect: replay-unsafe-logging
                    claim.claimId(), directorEmail);
            decision = context.waitForCallback("director-approval", Decision.class,
                    (callbackId, stepCtx) -> sendApprovalMail(directorEmail, claim, callbackId), THREE_DAYS);
        }

        LOG.info("Claim {} decided by {}: approved={}", // expect: replay-unsafe-logging
                claim.claimId(), decision.approver(), decision.approved());
        if (!decision.approved()) {
            return new ClaimOutcome(claim.claimId(), "REJECTED", decision.approver(), null);
        }
        String paymentId = context.step("schedule-payment", String.class, stepCtx -> schedulePayment(claim));
        return new ClaimOutcome(claim.claimId(), "APPROVED", decision.approver(), paymentId);
    }

    /** Mails the approve/reject links; only ever called from a callback submitter (a step). */
    private static void sendApprovalMail(String to, ExpenseClaim claim, String callbackId) {
        String body = "{\"to\":\"" + to + "\",\"template\":\"expense-approval\",\"claim\":\"" + claim.claimId()
                + "\",\"callbackId\":\"" + callbackId + "\"}";
        post("https://mail.internal.example.com/send", body);
    }

    /** Books the reimbursement; only ever called from a step body. */
    private static String schedulePayment(ExpenseClaim claim) {
        return post("https://payments.internal.example.com/reimbursements",
                "{\"claim\":\"" + claim.claimId() + "\",\"amountCents\":" + claim.amountCents() + "}");
    }

    private static String post(String url, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("POST " + url + " failed", e);
        }
    }
}
