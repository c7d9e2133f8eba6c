package dev.durablecheck.core.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.LinkedList;
import java.util.List;

/**
 * Finds the line of a key or a value in JSON text by its path, such as
 * {@code ["sinks", 0, "members", 1]}, so that messages point at what they are about.
 */
final class JsonLocator {

    private final String text;

    JsonLocator(String text) {
        this.text = text;
    }

    /**
     * The 1-based line where the key or value at {@code path} starts; for a key that is missing,
     * the line of the nearest enclosing value that is there; 1 for the top level.
     */
    int lineOf(List<Object> path) {
        for (int length = path.size(); length > 0; length--) {
            int line = exactLineOf(path.subList(0, length));
            if (line > 0) {
                return line;
            }
        }
        return 1;
    }

    private int exactLineOf(List<Object> path) {
        try (JsonParser parser = new JsonFactory().createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                JsonStreamContext context = parser.getParsingContext();
                boolean opens = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                if (pathOf(opens ? context.getParent() : context).equals(path)) {
                    return parser.currentTokenLocation().getLineNr();
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    private static List<Object> pathOf(JsonStreamContext context) {
        LinkedList<Object> path = new LinkedList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            path.addFirst(c.inArray() ? (Object) c.getCurrentIndex() : c.getCurrentName());
        }
        return path;
    }
}
