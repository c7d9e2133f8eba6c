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
 * {@code // sink: id} on the offending access at its end, and {@code // suppressed: id[, id...]} on
 * lines where a finding starts that a suppression in the source covers.
 */
final class Markers {

    private static final Pattern EXPECT = Pattern.compile("//\\s*expect:\\s*([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)");
    private static final Pattern OK = Pattern.compile("//\\s*ok:\\s*([a-z0-9-]+)\\s+--\\s+\\S");
    private static final Pattern SINK = Pattern.compile("//\\s*sink:\\s*([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)");
    private static final Pattern HOP = Pattern.compile("//\\s*hop\\b");
    private static final Pattern SUPPRESSED = Pattern.compile("//\\s*suppressed:\\s*([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)");

    /** One expected finding. */
    record Expected(int line, String ruleId) {
    }

    /** One look-alike marker. */
    record LookAlike(int line, String ruleId) {
    }

    /** The end of a call chain: the offending access a finding elsewhere is reached through. */
    record Sink(int line, String ruleId) {
    }

    /** One finding that a suppression in the source covers: counted, not reported. */
    record Suppressed(int line, String ruleId) {
    }

    private final List<Expected> expected;
    private final List<LookAlike> lookAlikes;
    private final List<Sink> sinks;
    private final List<Integer> hops;
    private final List<Suppressed> suppressed;

    private Markers(List<Expected> expected, List<LookAlike> lookAlikes, List<Sink> sinks, List<Integer> hops,
                    List<Suppressed> suppressed) {
        this.expected = List.copyOf(expected);
        this.lookAlikes = List.copyOf(lookAlikes);
        this.sinks = List.copyOf(sinks);
        this.hops = List.copyOf(hops);
        this.suppressed = List.copyOf(suppressed);
    }

    static Markers read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Expected> expected = new ArrayList<>();
        List<LookAlike> lookAlikes = new ArrayList<>();
        List<Sink> sinks = new ArrayList<>();
        List<Integer> hops = new ArrayList<>();
        List<Suppressed> suppressed = new ArrayList<>();
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
            Matcher covered = SUPPRESSED.matcher(lines.get(i));
            if (covered.find()) {
                for (String id : covered.group(1).split("\\s*,\\s*")) {
                    suppressed.add(new Suppressed(i + 1, id));
                }
            }
        }
        return new Markers(expected, lookAlikes, sinks, hops, suppressed);
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

    /** Findings marked {@code // suppressed: id}: a suppression in the source covers them. */
    List<Suppressed> suppressed() {
        return suppressed;
    }
}
