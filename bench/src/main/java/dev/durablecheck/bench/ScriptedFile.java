package dev.durablecheck.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A source file of a scenario, written out whole as a developer would write it: the text after the
 * package and import lines (which are added on writing), with the hazards planted in it and the
 * look-alikes that must stay silent. Each is found by a piece of text that is on its line and on no
 * other, so that editing the text cannot move an expectation off its line.
 */
final class ScriptedFile {

    private record Mark(String text, String rule, int depth, String sink) {
    }

    private record Quiet(String text, String why) {
    }

    final String pkg;
    final String name;
    final String body;
    private final List<Mark> planted = new ArrayList<>();
    private final List<Quiet> quiet = new ArrayList<>();

    private ScriptedFile(String pkg, String name, String body) {
        this.pkg = pkg;
        this.name = name;
        this.body = body;
    }

    static ScriptedFile of(String pkg, String name, String body) {
        return new ScriptedFile(pkg, name, body);
    }

    /** A hazard written on the line holding {@code text}; {@code sink} is the offending API. */
    ScriptedFile direct(String rule, String text, String sink) {
        return chained(rule, 0, text, sink);
    }

    /**
     * A hazard reached from the call on the line holding {@code text}, {@code depth} calls down;
     * {@code sink} is the offending API and the method it is in.
     */
    ScriptedFile chained(String rule, int depth, String text, String sink) {
        planted.add(new Mark(text, rule, depth, sink));
        return this;
    }

    /** A look-alike on the line holding {@code text} that no replay-aware tool may report, and why. */
    ScriptedFile quiet(String text, String why) {
        quiet.add(new Quiet(text, why));
        return this;
    }

    boolean isHandler() {
        return body.contains(" extends DurableHandler<");
    }

    String path() {
        return pkg.replace('.', '/') + "/" + name + ".java";
    }

    /** The planted hazards, in {@code file} whose body starts after {@code header} lines. */
    List<PlantedHazard> planted(String file, int header) {
        return planted.stream().map(m -> new PlantedHazard(file, header + lineOf(m.text()), m.rule(), m.depth(), m.text(), m.sink())).toList();
    }

    /** The look-alikes, in {@code file} whose body starts after {@code header} lines. */
    List<Decoy> decoys(String file, int header) {
        return quiet.stream().map(q -> new Decoy(file, header + lineOf(q.text()), q.text(), q.why())).toList();
    }

    private int lineOf(String text) {
        String[] lines = body.split("\n", -1);
        int found = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                if (found >= 0) {
                    throw new IllegalStateException("'" + text + "' is on more than one line of " + name);
                }
                found = i + 1;
            }
        }
        if (found < 0) {
            throw new IllegalStateException("'" + text + "' is on no line of " + name);
        }
        return found;
    }
}
