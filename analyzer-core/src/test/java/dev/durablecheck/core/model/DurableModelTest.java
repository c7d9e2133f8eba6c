package dev.durablecheck.core.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DurableModelTest {

    private static final String SDK = "software.amazon.lambda.durable.";
    private static final String CONTEXT = SDK + "DurableContext";
    private static final String PARALLEL = SDK + "ParallelDurableFuture";

    private static final DurableModel AWS = DurableModel.awsLambdaDurableJava();

    @Test
    void theAwsProfileNamesItsContextTypes() {
        assertThat(AWS.id()).isEqualTo("aws-lambda-durable-java-2");
        assertThat(AWS.contextType()).isEqualTo(CONTEXT);
        assertThat(AWS.stepContextType()).isEqualTo(SDK + "StepContext");
    }

    /**
     * Rows: receiver | method | arity | family | name argument | body argument (-1: none) | body kind |
     * context parameter | item parameter | items argument.
     */
    @ParameterizedTest(name = "{1}/{2} on {0}")
    @CsvSource(delimiter = '|', textBlock = """
            DurableContext        | step                  | 3 | step              | 0 |  2 | STEP  | 0 | -1 | -1
            DurableContext        | step                  | 4 | step              | 0 |  2 | STEP  | 0 | -1 | -1
            DurableContext        | stepAsync             | 3 | step              | 0 |  2 | STEP  | 0 | -1 | -1
            DurableContext        | stepAsync             | 4 | step              | 0 |  2 | STEP  | 0 | -1 | -1
            DurableContext        | wait                  | 2 | wait              | 0 | -1 |       |   |    | -1
            DurableContext        | waitAsync             | 2 | wait              | 0 | -1 |       |   |    | -1
            DurableContext        | runInChildContext     | 3 | runInChildContext | 0 |  2 | CHILD | 0 | -1 | -1
            DurableContext        | runInChildContextAsync| 4 | runInChildContext | 0 |  2 | CHILD | 0 | -1 | -1
            DurableContext        | map                   | 4 | map               | 0 |  3 | CHILD | 2 |  0 |  1
            DurableContext        | mapAsync              | 5 | map               | 0 |  3 | CHILD | 2 |  0 |  1
            DurableContext        | withRetry             | 2 | withRetry         | 0 |  1 | CHILD | 1 | -1 | -1
            DurableContext        | withRetryAsync        | 3 | withRetry         | 0 |  1 | CHILD | 1 | -1 | -1
            DurableContext        | waitForCallback       | 3 | waitForCallback   | 0 |  2 | STEP  | 1 | -1 | -1
            DurableContext        | waitForCallbackAsync  | 4 | waitForCallback   | 0 |  2 | STEP  | 1 | -1 | -1
            DurableContext        | waitForCondition      | 3 | waitForCondition  | 0 |  2 | STEP  | 1 | -1 | -1
            DurableContext        | waitForConditionAsync | 4 | waitForCondition  | 0 |  2 | STEP  | 1 | -1 | -1
            DurableContext        | parallel              | 1 | parallel          | 0 | -1 |       |   |    | -1
            DurableContext        | invoke                | 4 | invoke            | 0 | -1 |       |   |    | -1
            DurableContext        | createCallback        | 2 | createCallback    | 0 | -1 |       |   |    | -1
            ParallelDurableFuture | branch                | 3 | branch            | 0 |  2 | CHILD | 0 | -1 | -1
            ParallelDurableFuture | branch                | 4 | branch            | 0 |  2 | CHILD | 0 | -1 | -1
            """)
    void knowsTheOperations(String receiver, String method, int arity, String family, int nameArgument, int bodyArgument,
                            BodyKind kind, Integer contextParameter, Integer itemParameter, int itemsArgument) {
        Optional<Operation> found = AWS.operation(SDK + receiver, method, arity);

        assertThat(found).as("operation").isPresent();
        Operation op = found.get();
        assertThat(op.receiver()).isEqualTo(SDK + receiver);
        assertThat(op.family()).isEqualTo(family);
        assertThat(op.nameArgument()).isEqualTo(nameArgument);
        assertThat(op.itemsArgument()).isEqualTo(itemsArgument);
        assertThat(AWS.hasOperationNamed(method)).isTrue();
        if (bodyArgument < 0) {
            assertThat(op.bodyArgument()).isEmpty();
        } else {
            OperationBody body = op.bodyArgument().orElseThrow();
            assertThat(body.argument()).isEqualTo(bodyArgument);
            assertThat(body.kind()).isEqualTo(kind);
            assertThat(body.contextParameter()).isEqualTo(contextParameter);
            assertThat(body.itemParameter()).isEqualTo(itemParameter);
        }
    }

    @ParameterizedTest(name = "{1}/{2} on {0} is not an operation")
    @CsvSource(delimiter = '|', textBlock = """
            software.amazon.lambda.durable.DurableContext        | wait      | 0
            software.amazon.lambda.durable.DurableContext        | wait      | 1
            software.amazon.lambda.durable.DurableContext        | wait      | 3
            software.amazon.lambda.durable.DurableContext        | step      | 2
            software.amazon.lambda.durable.DurableContext        | step      | 5
            software.amazon.lambda.durable.DurableContext        | map       | 3
            software.amazon.lambda.durable.DurableContext        | branch    | 3
            software.amazon.lambda.durable.DurableContext        | getLogger | 0
            software.amazon.lambda.durable.StepContext           | step      | 3
            software.amazon.lambda.durable.ParallelDurableFuture | step      | 3
            java.lang.Object                                     | wait      | 2
            com.acme.DurableContext                              | step      | 3
            """)
    void otherCallsAreNotOperations(String receiver, String method, int arity) {
        assertThat(AWS.operation(receiver, method, arity)).isEmpty();
    }

    @Test
    void operationNamesAreKnownForTheCheapPreCheck() {
        assertThat(AWS.hasOperationNamed("step")).isTrue();
        assertThat(AWS.hasOperationNamed("branch")).isTrue();
        assertThat(AWS.hasOperationNamed("getLogger")).isFalse();
        assertThat(AWS.hasOperationNamed("nanoTime")).isFalse();
        assertThat(AWS.hasOperationNamed("Step")).isFalse();
    }

    @ParameterizedTest(name = "{0} returns {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            step              | null
            stepAsync         | software.amazon.lambda.durable.DurableFuture
            wait              | java.lang.Void
            waitAsync         | software.amazon.lambda.durable.DurableFuture
            parallel          | software.amazon.lambda.durable.ParallelDurableFuture
            map               | software.amazon.lambda.durable.model.MapResult
            createCallback    | software.amazon.lambda.durable.DurableCallbackFuture
            runInChildContext | null
            """)
    void operationReturnTypes(String method, String returns) {
        int arity = switch (method) {
            case "wait", "waitAsync", "createCallback" -> 2;
            case "parallel" -> 1;
            case "map" -> 4;
            default -> 3;
        };
        Operation op = AWS.operation(CONTEXT, method, arity).orElseThrow();

        assertThat(op.returnType(method)).isEqualTo(Optional.ofNullable(returns));
    }

    @Test
    void branchIsAnOperationOfWhatParallelReturns() {
        Operation parallel = AWS.operation(CONTEXT, "parallel", 2).orElseThrow();
        String returned = parallel.returnType("parallel").orElseThrow();

        assertThat(returned).isEqualTo(PARALLEL);
        assertThat(AWS.operation(returned, "branch", 3)).map(Operation::family).contains("branch");
        assertThat(AWS.operation(returned, "branch", 3).flatMap(Operation::bodyArgument).map(OperationBody::kind))
                .contains(BodyKind.CHILD);
    }

    @ParameterizedTest(name = "{0}.{1} returns {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            DurableContext        | getLogger         | false | software.amazon.lambda.durable.logging.DurableLogger
            DurableContext        | getLambdaContext  | false | com.amazonaws.services.lambda.runtime.Context
            DurableContext        | getCurrentContext | true  | software.amazon.lambda.durable.DurableContext
            DurableContext        | isReplaying       | false | boolean
            DurableContext        | getExecutionArn   | false | java.lang.String
            StepContext           | getCurrentContext | true  | software.amazon.lambda.durable.StepContext
            StepContext           | getLogger         | false | software.amazon.lambda.durable.logging.DurableLogger
            StepContext           | getLambdaContext  | false | com.amazonaws.services.lambda.runtime.Context
            StepContext           | getAttempt        | false | int
            DurableFuture         | get               | false | null
            DurableCallbackFuture | callbackId        | false | java.lang.String
            """)
    void knowsMembersAndTheirReturnTypes(String receiver, String method, boolean isStatic, String returns) {
        ModelMember member = AWS.member(SDK + receiver, method).orElseThrow();

        assertThat(member.receiver()).isEqualTo(SDK + receiver);
        assertThat(member.method()).isEqualTo(method);
        assertThat(member.isStatic()).isEqualTo(isStatic);
        assertThat(member.returns()).isEqualTo(returns);
    }

    @Test
    void waitingForAFuturesResultIsGetWithoutArgumentsOnAnyDurableFuture() {
        List<String> callbackFuture = List.of(SDK + "DurableCallbackFuture", SDK + "DurableFuture");

        assertThat(AWS.hasResultWaitNamed("get")).isTrue();
        assertThat(AWS.waitsForResult(callbackFuture, "get", 0)).isTrue();
        assertThat(AWS.waitsForResult(List.of(SDK + "DurableFuture"), "get", 0)).isTrue();
        assertThat(AWS.waitsForResult(callbackFuture, "get", 1)).isFalse();
        assertThat(AWS.waitsForResult(callbackFuture, "callbackId", 0)).isFalse();
        assertThat(AWS.waitsForResult(List.of("java.util.concurrent.Future"), "get", 0)).isFalse();
    }

    @Test
    void theSuspensionTypesAndTheReplayGuardAreData() {
        assertThat(AWS.suspensionTypes()).containsExactlyInAnyOrder(SDK + "execution.DurableExecutionError",
                SDK + "execution.SuspendExecutionException");
        assertThat(AWS.isReplayGuard(List.of(CONTEXT, SDK + "context.BaseContext"), "isReplaying", 0)).isTrue();
        assertThat(AWS.isReplayGuard(List.of(SDK + "StepContext"), "isReplaying", 0)).isFalse();
        assertThat(AWS.isReplayGuard(List.of(CONTEXT), "getContextName", 0)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"blocking-sleep", "environment-read", "nested-durable-operation", "nondeterministic-random",
        "nondeterministic-time", "nondeterministic-uuid", "replay-unsafe-logging", "side-effect-outside-step",
        "swallowed-suspension", "unmanaged-concurrency"})
    void theAwsProfileAdvisesOnEveryRuleThatAsks(String ruleId) {
        assertThat(AWS.advice(ruleId)).isNotBlank().doesNotContain("the rule's page");
    }

    @Test
    void adviceForNamesTheRuntimesOwnWayAndFallsBackToTheRulesPage() {
        assertThat(AWS.advice("nondeterministic-time")).contains("context.step(\"now\", Instant.class");
        assertThat(AWS.advice("swallowed-suspension")).contains("SuspendExecutionException");
        assertThat(AWS.advice("no-such-rule")).contains("the rule's page");
    }

    @Test
    void unknownMembersAreAbsent() {
        assertThat(AWS.member(CONTEXT, "step")).isEmpty();
        assertThat(AWS.member(CONTEXT, "getAttempt")).isEmpty();
        assertThat(AWS.member("java.lang.Object", "getLogger")).isEmpty();
    }

    @Test
    void supertypesOfRuntimeTypes() {
        assertThat(AWS.supertypesOf(CONTEXT)).containsExactly(SDK + "context.BaseContext");
        assertThat(AWS.supertypesOf(SDK + "StepContext")).containsExactly(SDK + "context.BaseContext");
        assertThat(AWS.supertypesOf(PARALLEL)).containsExactly(SDK + "DurableFuture", "java.lang.AutoCloseable");
        assertThat(AWS.supertypesOf(SDK + "DurableCallbackFuture")).containsExactly(SDK + "DurableFuture");
        assertThat(AWS.supertypesOf(SDK + "execution.SuspendExecutionException"))
                .containsExactly(SDK + "execution.DurableExecutionError");
        assertThat(AWS.supertypesOf(SDK + "DurableFuture")).isEmpty();
        assertThat(AWS.supertypesOf("java.lang.String")).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            software.amazon.lambda.durable.DurableHandler                  | true
            software.amazon.lambda.durable.DurableContext                  | true
            software.amazon.lambda.durable.StepContext                     | true
            software.amazon.lambda.durable.ParallelDurableFuture           | true
            software.amazon.lambda.durable.context.BaseContext             | true
            software.amazon.lambda.durable.logging.DurableLogger           | true
            software.amazon.lambda.durable.testing.LocalDurableTestRunner  | true
            software.amazon.lambda.durable.NoSuchType                      | false
            java.lang.String                                               | false
            DurableContext                                                 | false
            """)
    void knownTypes(String fqn, boolean known) {
        assertThat(AWS.isKnownType(fqn)).isEqualTo(known);
    }

    @Test
    void testRunnerLambdaIsAnEntryPoint() {
        EntryLambda entry = AWS.entryLambda(SDK + "testing.LocalDurableTestRunner", "create", 1).orElseThrow();

        assertThat(entry.contextParameter()).isEqualTo(1);
        assertThat(AWS.entryLambda(SDK + "testing.LocalDurableTestRunner", "create", 0)).isEmpty();
        assertThat(AWS.entryLambda(SDK + "testing.LocalDurableTestRunner", "run", 1)).isEmpty();
        assertThat(AWS.entryLambda(CONTEXT, "create", 1)).isEmpty();
    }

    @Test
    void severalProfilesAreRecognisedTogetherAndEachFileIsAdvisedInTheWordsOfTheRuntimeItUses() throws Exception {
        Profile toy = Profile.read(new ByteArrayInputStream("""
                {"id": "toy", "packages": ["toy.rt"], "contextType": "toy.rt.Ctx",
                 "operations": [{"receiver": "toy.rt.Ctx", "family": "act", "methods": {"act": null},
                                 "arities": [2], "nameArgument": 0}],
                 "advice": {"nondeterministic-time": "use Toy.now()"}}
                """.getBytes(StandardCharsets.UTF_8)));
        DurableModel both = AWS.withProfile(toy);

        assertThat(both.operation(CONTEXT, "step", 3)).isPresent();
        assertThat(both.operation("toy.rt.Ctx", "act", 2)).isPresent();
        assertThat(both.isRuntimeType("toy.rt.Ctx")).isTrue();
        assertThat(both.isRuntimeType(CONTEXT)).isTrue();
        assertThat(both.isRuntimeType("toy.other.Thing")).isFalse();
        assertThat(both.textualMarkers()).contains("DurableContext", "software.amazon.lambda.durable", "Ctx", "toy.rt");
        assertThat(both.isContextType(CONTEXT)).isTrue();
        assertThat(both.isContextType("toy.rt.Ctx")).isTrue();
        assertThat(both.isContextType("toy.rt.Other")).isFalse();
        assertThat(both.forSource("import toy.rt.Ctx;").advice("nondeterministic-time")).isEqualTo("use Toy.now()");
        assertThat(both.forSource("import " + CONTEXT + ";").advice("nondeterministic-time")).contains("context.step(");
        assertThat(both.forSource("class Plain {}").advice("nondeterministic-time")).contains("context.step(");
        assertThat(both.only("toy").orElseThrow().operation(CONTEXT, "step", 3)).isEmpty();
        assertThat(both.only("no-such")).isEmpty();
        assertThat(both.profiles()).extracting(Profile::id).containsExactly("aws-lambda-durable-java-2", "toy");
    }

    @Test
    void aProfileWithAnUnknownKeyOrNoIdIsRefusedNamingWhy() {
        assertThatThrownBy(() -> Profile.read(new ByteArrayInputStream("{\"id\": \"x\", \"operation\": []}".getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("unknown profile key(s) [operation]");
        assertThatThrownBy(() -> Profile.read(new ByteArrayInputStream("{\"operations\": []}".getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("no \"id\"");
    }

    @Test
    void loadsAnotherRuntimesProfile() throws Exception {
        String profile = """
                {"id": "toy", "contextType": "toy.Ctx", "stepContextType": "toy.StepCtx",
                 "knownTypes": ["toy.Ctx"], "supertypes": {"toy.StepCtx": ["toy.Base"]},
                 "operations": [{"receiver": "toy.Ctx", "family": "act", "methods": {"act": null, "actAsync": "toy.Future"},
                                 "arities": [2], "nameArgument": 0, "body": {"argument": 1, "kind": "STEP", "contextParameter": 0}}],
                 "members": [{"receiver": "toy.Ctx", "method": "log", "returns": "toy.Log"}]}
                """;
        DurableModel toy = DurableModel.load(new ByteArrayInputStream(profile.getBytes(StandardCharsets.UTF_8)));

        assertThat(toy.id()).isEqualTo("toy");
        assertThat(toy.contextType()).isEqualTo("toy.Ctx");
        assertThat(toy.isKnownType("toy.Ctx")).isTrue();
        assertThat(toy.isKnownType("toy.StepCtx")).as("types with supertypes are known").isTrue();
        assertThat(toy.supertypesOf("toy.StepCtx")).isEqualTo(List.of("toy.Base"));
        Operation act = toy.operation("toy.Ctx", "actAsync", 2).orElseThrow();
        assertThat(act.returnType("actAsync")).contains("toy.Future");
        assertThat(act.returnType("act")).isEmpty();
        assertThat(act.bodyArgument().map(OperationBody::itemParameter)).contains(-1);
        assertThat(act.itemsArgument()).isEqualTo(-1);
        assertThat(toy.operation("toy.Ctx", "act", 3)).isEmpty();
        assertThat(toy.operation(CONTEXT, "step", 3)).isEmpty();
        assertThat(toy.member("toy.Ctx", "log").map(ModelMember::returns)).contains("toy.Log");
    }
}
