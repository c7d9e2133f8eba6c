package dev.durablecheck.core.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.Writer;

/**
 * How durable-check writes JSON files: indented by two spaces, with line feeds on every platform
 * and a final newline, so that equal content is equal bytes and diffs stay small.
 */
public final class StableJson {

    private StableJson() {
    }

    public static void write(ObjectMapper mapper, Object value, Writer out) throws IOException {
        out.write(text(mapper, value));
        out.write("\n");
        out.flush();
    }

    private static String text(ObjectMapper mapper, Object value) throws JsonProcessingException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return mapper.writer(printer).writeValueAsString(value);
    }
}
