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
 * reported, {@code // ok: id -- why} on look-alikes that must stay silent, and for findings
 * reached through calls, {@code // hop} on every call in the middle of a chain and
 * {@code // sink: id} on the offending access at its end.
 */
final class Markers {

    private static final Pattern EXPECT = Pattern.compile("//\\s*expect:\\s*([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)");
    private static final Pattern OK = Pattern.compile("//\\s*ok:\\s*([a-z0-9-]+)\\s+--\\s+\\S");
    private static final Pattern SINK = Pattern.compile("//\\s*sink:\\s*([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)");
    private static final Pattern HOP = Pattern.compile("//\\s*hop\\b");

    /** One expected finding. */
    record Expected(int line, String ruleId) {
    }

    /** One look-alike marker. */
    record LookAlike(int line, String ruleId) {
    }

    /** The end of a call chain: the offending access a finding elsewhere is reached through. */
    record Sink(int line, String ruleId) {
    }

    private final List<Expected> expected;
    private final List<LookAlike> lookAlikes;
    private final List<Sink> sinks;
    private final List<Integer> hops;

    private Markers(List<Expected> expected, List<LookAlike> lookAlikes, List<Sink> sinks, List<Integer> hops) {
        this.expected = List.copyOf(expected);
        this.lookAlikes = List.copyOf(lookAlikes);
        this.sinks = List.copyOf(sinks);
        this.hops = List.copyOf(hops);
    }

    static Markers read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Expected> expected = new ArrayList<>();
        List<LookAlike> lookAlikes = new ArrayList<>();
        List<Sink> sinks = new ArrayList<>();
        List<Integer> hops = new ArrayList<>();
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
            Matcher sink = SINK.matcher(lines.get(i));
            if (sink.find()) {
                for (String id : sink.group(1).split("\\s*,\\s*")) {
                    sinks.add(new Sink(i + 1, id));
                }
            }
            if (HOP.matcher(lines.get(i)).find()) {
                hops.add(i + 1);
            }
        }
        return new Markers(expected, lookAlikes, sinks, hops);
    }

    List<Expected> expected() {
        return expected;
    }

    List<LookAlike> lookAlikes() {
        return lookAlikes;
    }

    List<Sink> sinks() {
        return sinks;
    }

    /** Lines marked {@code // hop}: calls in the middle of a chain. */
    List<Integer> hops() {
        return hops;
    }
}
