package dev.durablecheck.bench;

import dev.durablecheck.bench.TreeModel.HandlerSpec;
import dev.durablecheck.bench.TreeModel.Hazard;
import dev.durablecheck.bench.TreeModel.MethodSpec;
import dev.durablecheck.bench.TreeModel.TypeSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes one durable handler: a {@code DurableHandler} subclass whose {@code handleRequest} calls the
 * domain's services, runs steps, waits, and carries its planted hazards between ordinary statements,
 * plus look-alikes inside step bodies that must stay silent.
 */
final class HandlerWriter {

    /** A planted hazard's line in the handler body (counted from the body's first line). */
    record Planted(int line, String rule, int depth, String call, String sink) {
    }

    /** A look-alike's line in the handler body. */
    record Quiet(int line, String what) {
    }

    private final SourceText out = new SourceText();
    private final List<Planted> planted = new ArrayList<>();
    private final List<Quiet> quiet = new ArrayList<>();
    private final HandlerSpec spec;
    private final String slug;
    private int steps;

    private HandlerWriter(HandlerSpec spec) {
        this.spec = spec;
        this.slug = Vocabulary.split(spec.name).replace(' ', '-');
    }

    static HandlerWriter write(HandlerSpec spec) {
        HandlerWriter w = new HandlerWriter(spec);
        w.handler();
        return w;
    }

    String text() {
        return out.text();
    }

    List<Planted> planted() {
        return planted;
    }

    List<Quiet> quiet() {
        return quiet;
    }

    private void handler() {
        String req = spec.domain.request.name;
        out.line("/**");
        out.line(" * The " + Vocabulary.split(spec.name) + " of the " + spec.domain.name + " service, run as a durable execution:");
        out.line(" * each step is checkpointed and replay returns its result.");
        out.line(" */");
        out.line("public class " + spec.name + " extends DurableHandler<" + req + ", String> {");
        out.blank();
        boolean needsLog = spec.hazards.stream().anyMatch(h -> h.depth == 0 && h.rule.equals("replay-unsafe-logging")
                && h.variant % Shapes.variants(h.rule) == 2);
        if (needsLog) {
            out.line("    private static final Logger LOG = Logger.getLogger(" + spec.name + ".class.getName());");
        }
        for (int i = 0; i < spec.hazards.size(); i++) {
            Hazard h = spec.hazards.get(i);
            if (h.depth == 0 && h.rule.equals("shared-mutable-state")) {
                out.line("    private static int invocations" + i + ";");
            }
        }
        for (TypeSpec dep : spec.fieldDeps) {
            out.line("    private final " + dep.fieldType().name + " " + Calls.fieldName(dep) + " = new " + dep.name + "();");
        }
        out.blank();
        out.line("    @Override");
        out.line("    public String handleRequest(" + req + " request, DurableContext context) {");
        out.line("        List<String> items = request.items();");
        for (int k = 0; k < spec.orchestrationCalls.size(); k++) {
            orchestrationCall(spec.orchestrationCalls.get(k), k);
        }
        out.line("        context.getLogger().info(\"" + slug + " started for {}\", request.id());");
        out.line("        String loaded = context.step(\"load-" + slug + "\", String.class, stepCtx -> request.id().trim());");
        int cleanStep = 0;
        for (int i = 0; i < spec.hazards.size(); i++) {
            hazard(spec.hazards.get(i), i);
            if (i % 2 == 1 && !spec.stepCalls.isEmpty()) {
                stepCall(spec.stepCalls.get(cleanStep++ % spec.stepCalls.size()));
            }
        }
        for (int k = 0; k < spec.stepDecoys.size(); k++) {
            stepDecoy(spec.stepDecoys.get(k), k);
        }
        for (int k = 0; k < spec.decoyCalls.size(); k++) {
            MethodSpec d = spec.decoyCalls.get(k);
            out.line("        String audit" + k + " = context.step(\"audit-" + k + "\", String.class, stepCtx -> "
                    + Calls.call(d, "request.id()") + ");");
        }
        out.line("        context.wait(\"settle-" + slug + "\", Duration.ofSeconds(" + (5 + spec.flavour % 55) + "));");
        out.line("        return context.step(\"finish-" + slug + "\", String.class, stepCtx -> loaded + \":\" + items.size());");
        out.line("    }");
        out.line("}");
    }

    private void orchestrationCall(MethodSpec m, int k) {
        switch (m.family) {
            case STR -> out.line("        String label" + k + " = " + Calls.call(m, "request.id()") + ";");
            case COUNT -> out.line("        int weight" + k + " = " + Calls.call(m, "items") + ";");
            case LIST -> out.line("        List<String> ranked" + k + " = " + Calls.call(m, "items") + ";");
            default -> throw new IllegalStateException();
        }
    }

    private void stepCall(MethodSpec m) {
        int n = steps++;
        switch (m.family) {
            case STR -> out.line("        String stage" + n + " = context.step(\"stage-" + n + "\", String.class, stepCtx -> "
                    + Calls.call(m, "request.id()") + ");");
            case COUNT -> out.line("        Integer counted" + n + " = context.step(\"count-" + n + "\", Integer.class, stepCtx -> "
                    + Calls.call(m, "items") + ");");
            case LIST -> out.line("        String listed" + n + " = context.step(\"list-" + n + "\", String.class, stepCtx -> String.join(\",\", "
                    + Calls.call(m, "items") + "));");
            default -> throw new IllegalStateException();
        }
    }

    private void hazard(Hazard h, int i) {
        if (h.depth > 0) {
            String call = Calls.call(h.head, "request.id()");
            int line = out.line("        String via" + i + " = " + call + ";");
            Shapes.Shape sink = Shapes.chainSink(h.rule, h.variant, "counter");
            planted.add(new Planted(line, h.rule, h.depth, call.substring(0, call.indexOf('(') + 1), sink.sink()));
            return;
        }
        Shapes.Shape shape = Shapes.GROUP_A.contains(h.rule)
                ? Shapes.direct(h.rule, h.variant, i, spec.domain.name)
                : Shapes.structural(h.rule, i, h.head == null ? "request.id()" : Calls.call(h.head, "request.id()"));
        int first = out.nextLine();
        shape.lines().forEach(out::line);
        planted.add(new Planted(first + shape.planted(), h.rule, 0, shape.call(), shape.sink()));
    }

    private void stepDecoy(int shape, int k) {
        switch (shape % 4) {
            case 0 -> quiet.add(new Quiet(out.line("        String stamp" + k + " = context.step(\"stamp-" + k
                    + "\", String.class, stepCtx -> Instant.now().toString());"), "Instant.now()"));
            case 1 -> quiet.add(new Quiet(out.line("        String token" + k + " = context.step(\"token-" + k
                    + "\", String.class, stepCtx -> UUID.randomUUID().toString());"), "UUID.randomUUID()"));
            case 2 -> quiet.add(new Quiet(out.line("        Double sample" + k + " = context.step(\"sample-" + k
                    + "\", Double.class, stepCtx -> Math.random());"), "Math.random()"));
            default -> {
                out.line("        String paused" + k + " = context.step(\"pause-" + k + "\", String.class, stepCtx -> {");
                out.line("            try {");
                quiet.add(new Quiet(out.line("                Thread.sleep(50);"), "Thread.sleep()"));
                out.line("            } catch (InterruptedException e) {");
                out.line("                Thread.currentThread().interrupt();");
                out.line("            }");
                out.line("            return \"paused\";");
                out.line("        });");
            }
        }
    }
}
