package dev.durablecheck.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The profile schema in docs/ says what the loader reads: the shipped profile passes it, broken ones do not. */
class ProfileSchemaTest {

    private static final Path SCHEMA = Path.of("..", "docs", "profile.schema.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void theShippedProfilesAndTheDocumentedExampleFollowTheSchema() throws IOException {
        assertThat(violations(awsProfile())).isEmpty();
        try (InputStream temporal = DurableModel.class.getResourceAsStream("temporal-java-1.json")) {
            assertThat(violations(MAPPER.readTree(temporal))).isEmpty();
        }
        assertThat(violations(MAPPER.readTree(Files.readString(Path.of("..", "docs", "examples", "aws-dag-profile.json")))))
                .isEmpty();
    }

    @Test
    void anUnknownKeyOrBodyKindBreaksTheSchema() throws IOException {
        ObjectNode unknownKey = (ObjectNode) awsProfile();
        unknownKey.put("contextTypes", "x.Y");
        ObjectNode badKind = (ObjectNode) awsProfile();
        ((ObjectNode) badKind.path("operations").path(0).path("body")).put("kind", "ONCE");

        assertThat(violations(unknownKey)).singleElement().asString().contains("contextTypes");
        assertThat(violations(badKind)).singleElement().asString().contains("kind");
    }

    private static List<String> violations(JsonNode profile) throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(Files.readString(SCHEMA));
        return schema.validate(profile).stream().map(ValidationMessage::toString).sorted().toList();
    }

    private static JsonNode awsProfile() throws IOException {
        try (InputStream in = DurableModel.class.getResourceAsStream("aws-lambda-durable-java-2.json")) {
            return MAPPER.readTree(in);
        }
    }
}
