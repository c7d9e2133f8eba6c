package dev.durablecheck.core.resolve;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import dev.durablecheck.core.AnalysisRequest;
import dev.durablecheck.core.AnalysisResult;
import dev.durablecheck.core.Analyzer;
import dev.durablecheck.core.Severity;
import dev.durablecheck.core.model.DurableModel;
import dev.durablecheck.core.region.RegionKind;
import dev.durablecheck.core.rule.Rule;
import dev.durablecheck.core.rule.RuleContext;
import dev.durablecheck.core.rule.RuleDescriptor;
import dev.durablecheck.core.testsupport.CatalogRules;
import dev.durablecheck.core.testsupport.CompiledJar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Workflow and activity interfaces published in a jar (a shared API module) are known by the
 * annotations their class files carry, as interfaces in the sources are by those written on them.
 * Temporal's annotation types are not on the analysis classpath: the names are read from the class
 * files of the API alone.
 */
class JarDeclaredInterfacesTest {

    private static final String NESTED = "test-nested";

    /** Stand-ins for Temporal's annotations, with the same names. */
    private static final Map<String, String> TEMPORAL_ANNOTATIONS = Map.of(
            "io/temporal/workflow/WorkflowInterface.java", annotation("io.temporal.workflow", "WorkflowInterface", "RUNTIME", "TYPE"),
            "io/temporal/workflow/WorkflowMethod.java", annotation("io.temporal.workflow", "WorkflowMethod", "RUNTIME", "METHOD"),
            // Kept in the class file only, unlike Temporal's own, so that the invisible attribute is read too.
            "io/temporal/activity/ActivityInterface.java", annotation("io.temporal.activity", "ActivityInterface", "CLASS", "TYPE"));

    private static final String ORDER_WORKFLOW = """
            package shop.api;

            %s
            public interface OrderWorkflow {
                %s
                String process(String orderId);
            }
            """;

    private static final String PAYMENTS = """
            package shop.api;

            %s
            public interface Payments {
                String charge(String orderId);
            }
            """;

    private static final String GREETING = """
            package shop.api;

            %s
            public interface Greeting {
                %s
                String greet(String name);
            }
            """;

    @TempDir
    static Path dir;

    private static Path annotatedApi;
    private static Path plainApi;
    private static Path sources;

    @BeforeAll
    static void buildJarsAndSources() throws IOException {
        Path annotations = CompiledJar.of(dir, "temporal-annotations", TEMPORAL_ANNOTATIONS, List.of());
        annotatedApi = CompiledJar.of(dir, "api-annotated", Map.of(
                "shop/api/OrderWorkflow.java", ORDER_WORKFLOW.formatted("@io.temporal.workflow.WorkflowInterface",
                        "@io.temporal.workflow.WorkflowMethod"),
                "shop/api/Payments.java", PAYMENTS.formatted("@io.temporal.activity.ActivityInterface"),
                "shop/api/Greeting.java", GREETING.formatted("@io.temporal.workflow.WorkflowInterface",
                        "@io.temporal.workflow.WorkflowMethod")), List.of(annotations));
        plainApi = CompiledJar.of(dir, "api-plain", Map.of(
                "shop/api/OrderWorkflow.java", ORDER_WORKFLOW.formatted("", ""),
                "shop/api/Payments.java", PAYMENTS.formatted(""),
                "shop/api/Greeting.java", GREETING.formatted("", "")), List.of());
        sources = dir.resolve("src");
        write("shop/OrderWorkflowImpl.java", """
                package shop;

                import io.temporal.workflow.Workflow;
                import java.time.Instant;
                import shop.api.OrderWorkflow;
                import shop.api.Payments;

                public class OrderWorkflowImpl implements OrderWorkflow {
                    private final Payments payments = Workflow.newActivityStub(Payments.class);

                    @Override
                    public String process(String orderId) {
                        String receipt = Workflow.sideEffect(String.class, () -> payments.charge(orderId));
                        return receipt + Instant.now();
                    }
                }
                """);
        // Imports nothing of Temporal's: only the interface it implements, from the jar, makes it workflow code.
        write("shop/GreetingImpl.java", """
                package shop;

                import java.time.Instant;
                import shop.api.Greeting;

                public class GreetingImpl implements Greeting {
                    @Override
                    public String greet(String name) {
                        return name + Instant.now();
                    }
                }
                """);
    }

    @Test
    void anImplementationOfAnAnnotatedInterfaceFromAJarIsWorkflowCodeAndItsActivityStubIsAnOperation() {
        AnalysisResult result = analyze(annotatedApi);

        assertThat(result.filesAnalysed()).isEqualTo(2);
        assertThat(findings(result)).containsExactly(
                "GreetingImpl.java:9:" + CatalogRules.TIME,
                "OrderWorkflowImpl.java:13:" + NESTED,
                "OrderWorkflowImpl.java:14:" + CatalogRules.TIME);
    }

    @Test
    void theSameImplementationOfAPlainInterfaceFromAJarIsOrdinaryCode() {
        AnalysisResult result = analyze(plainApi);

        assertThat(result.filesAnalysed()).as("GreetingImpl is not even a candidate").isEqualTo(1);
        assertThat(findings(result)).isEmpty();
    }

    private static AnalysisResult analyze(Path api) {
        List<Rule> rules = new ArrayList<>(CatalogRules.all());
        rules.add(new OperationInRunOnceBody());
        return new Analyzer(rules, DurableModel.builtIn())
                .analyze(new AnalysisRequest(List.of(sources), List.of(api), 1, LanguageLevel.JAVA_21));
    }

    private static List<String> findings(AnalysisResult result) {
        return result.findings().stream()
                .map(f -> f.file().getFileName() + ":" + f.range().beginLine() + ":" + f.ruleId()).toList();
    }

    private static String annotation(String pkg, String name, String retention, String target) {
        return """
                package %s;

                import java.lang.annotation.*;

                @Retention(RetentionPolicy.%s)
                @Target(ElementType.%s)
                public @interface %s {
                }
                """.formatted(pkg, retention, target, name);
    }

    private static void write(String relative, String text) throws IOException {
        Path file = sources.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** What {@code nested-durable-operation} of the rules module reports: an operation inside a run-once body. */
    private static final class OperationInRunOnceBody implements Rule {

        private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(NESTED, Severity.ERROR,
                "Durable operations inside run-once bodies", "Test");

        @Override
        public RuleDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public void check(RuleContext context) {
            for (DurableCall operation : context.durableCalls()) {
                if (context.regionOf(operation.call()) == RegionKind.STEP_BODY) {
                    context.report(operation.call(), "an operation inside a run-once body");
                }
            }
        }
    }
}
