package dev.durablecheck.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
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

    /** Streams {@code value} to {@code out}, which stays open: a large run's report is tens of megabytes. */
    public static void write(ObjectMapper mapper, Object value, Writer out) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        mapper.writer(printer).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, value);
        out.write("\n");
        out.flush();
    }
}
