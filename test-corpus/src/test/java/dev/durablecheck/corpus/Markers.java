package dev.durablecheck.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The expectations written in a case file: {@code // expect: id[, id...]} on lines that must be
 * reported and {@code // ok: id -- why} on look-alikes that must stay silent.
 */
final class Markers {

    private static final Pattern EXPECT = Pattern.compile("//\\s*expect:\\s*([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)");
    private static final Pattern OK = Pattern.compile("//\\s*ok:\\s*([a-z0-9-]+)\\s+--\\s+\\S");

    /** One expected finding. */
    record Expected(int line, String ruleId) {
    }

    /** One look-alike marker. */
    record LookAlike(int line, String ruleId) {
    }

    private final List<Expected> expected;
    private final List<LookAlike> lookAlikes;

    private Markers(List<Expected> expected, List<LookAlike> lookAlikes) {
        this.expected = List.copyOf(expected);
        this.lookAlikes = List.copyOf(lookAlikes);
    }

    static Markers read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Expected> expected = new ArrayList<>();
        List<LookAlike> lookAlikes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = EXPECT.matcher(lines.get(i));
            if (m.find()) {
                for (String id : m.group(1).split("\\s*,\\s*")) {
                    expected.add(new Expected(i + 1, id));
                }
            }
            Matcher ok = OK.matcher(lines.get(i));
            if (ok.find()) {
                lookAlikes.add(new LookAlike(i + 1, ok.group(1)));
            }
        }
        return new Markers(expected, lookAlikes);
    }

    List<Expected> expected() {
        return expected;
    }

    List<LookAlike> lookAlikes() {
        return lookAlikes;
    }
}
