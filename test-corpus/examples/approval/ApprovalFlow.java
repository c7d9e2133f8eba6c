package examples.approval;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.StepContext;
import software.amazon.lambda.durable.config.CallbackConfig;
import software.amazon.lambda.durable.config.WaitForCallbackConfig;
import software.amazon.lambda.durable.exception.CallbackTimeoutException;

/**
 * The fixed twin of {@link ApprovalFlowWithGotchas}: the approver's address is read inside the
 * submitter, which is a step, so it is read once and never again on replay; orchestration code logs
 * through the replay-aware {@code context.getLogger()}, the submitter through its step context's
 * logger.
 */
public class ApprovalFlow extends DurableHandler<ExpenseClaim, ClaimOutcome> {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final WaitForCallbackConfig THREE_DAYS = WaitForCallbackConfig.builder()
            .callbackConfig(CallbackConfig.builder().timeout(Duration.ofDays(3)).build())
            .build();

    @Override
    public ClaimOutcome handleRequest(ExpenseClaim claim, DurableContext context) {
        context.getLogger().info("Claim {} ({} cents) needs approval", claim.claimId(), claim.amountCents());

        Decision decision;
        try {
            decision = context.waitForCallback("manager-approval", Decision.class,
                    (callbackId, stepCtx) ->
                            sendApprovalMail(System.getenv("APPROVER_EMAIL"), claim, callbackId, stepCtx),
                    THREE_DAYS);
        } catch (CallbackTimeoutException e) {
            context.getLogger().warn("Claim {} timed out, escalating", claim.claimId());
            decision = context.waitForCallback("director-approval", Decision.class,
                    (callbackId, stepCtx) ->
                            sendApprovalMail(System.getenv("DIRECTOR_EMAIL"), claim, callbackId, stepCtx),
                    THREE_DAYS);
        }

        context.getLogger().info("Claim {} decided by {}: approved={}",
                claim.claimId(), decision.approver(), decision.approved());
        if (!decision.approved()) {
            return new ClaimOutcome(claim.claimId(), "REJECTED", decision.approver(), null);
        }
        String paymentId = context.step("schedule-payment", String.class, stepCtx -> schedulePayment(claim));
        return new ClaimOutcome(claim.claimId(), "APPROVED", decision.approver(), paymentId);
    }

    /** Mails the approve/reject links; only ever called from a callback submitter (a step). */
    private static void sendApprovalMail(String to, ExpenseClaim claim, String callbackId, StepContext stepCtx) {
        stepCtx.getLogger().info("Sending claim {} to {} (attempt {})", claim.claimId(), to, stepCtx.getAttempt());
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
