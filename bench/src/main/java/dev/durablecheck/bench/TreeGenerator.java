package dev.durablecheck.bench;

import dev.durablecheck.bench.TreeModel.Domain;
import dev.durablecheck.bench.TreeModel.Family;
import dev.durablecheck.bench.TreeModel.Field;
import dev.durablecheck.bench.TreeModel.HandlerSpec;
import dev.durablecheck.bench.TreeModel.Hazard;
import dev.durablecheck.bench.TreeModel.Kind;
import dev.durablecheck.bench.TreeModel.MethodSpec;
import dev.durablecheck.bench.TreeModel.Role;
import dev.durablecheck.bench.TreeModel.Sink;
import dev.durablecheck.bench.TreeModel.TypeSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Generates a synthetic source tree shaped like a Java service codebase, from a seed: domains with
 * records, POJOs, enums, utilities, repositories and services calling one another, and a share of
 * durable handlers with planted hazards of every rule, some written in the handler and some one to four
 * calls deep in the ordinary classes. The same spec gives the same bytes.
 *
 * <p>Layout under the output folder: {@code src/main/java/...} (the tree), {@code expected.tsv} (the
 * planted hazards), {@code decoys.tsv} (look-alikes that must stay silent), {@code tree.properties}
 * (the spec and the counts).
 */
public final class TreeGenerator {

    /** Changes whenever the generated code changes, so that a kept tree of an older generator is regenerated. */
    static final int GENERATOR_VERSION = 2;

    /** Estimated lines of an ordinary file and of a handler with the chain methods it adds, for sizing. */
    private static final double ORDINARY_LINES = 75;
    private static final double HANDLER_LINES = 120;
    private static final int FILES_PER_DOMAIN = 45;

    /** What to generate: {@code durablePercent} of the files are handlers. */
    public record Spec(long seed, int targetLines, double durablePercent) {

        public Spec {
            if (targetLines < 500 || durablePercent < 0 || durablePercent > 90) {
                throw new IllegalArgumentException("target lines at least 500, durable share 0 to 90 %");
            }
        }
    }

    /** What was generated. */
    public record Summary(int files, long lines, int handlers, int hazards, int direct, int chained, int decoys) {
    }

    /** The named sizes of the benchmark. */
    public static Spec preset(String size) {
        return switch (size) {
            case "tiny" -> new Spec(7, 2_000, 20);
            case "small" -> new Spec(42, 20_000, 5);
            case "medium" -> new Spec(42, 200_000, 1);
            case "large" -> new Spec(42, 1_000_000, 1);
            case "large-50" -> new Spec(42, 1_000_000, 50);
            default -> throw new IllegalArgumentException("unknown size " + size + " (tiny, small, medium, large, large-50)");
        };
    }

    private final Spec spec;
    private final Random random;
    private final Vocabulary vocabulary = new Vocabulary();
    private final List<Domain> domains = new ArrayList<>();
    private final List<HandlerSpec> handlers = new ArrayList<>();
    private final Map<TypeSpec, Set<String>> methodNames = new HashMap<>();
    /** decoy methods some step body calls, as {@code Type#method} */
    private final Set<String> decoysCalledFromSteps = new HashSet<>();
    private Domain common;

    private TreeGenerator(Spec spec) {
        this.spec = spec;
        this.random = new Random(spec.seed());
    }

    public static void main(String[] args) throws IOException {
        Path out = null;
        String size = null;
        Integer lines = null;
        Double percent = null;
        long seed = 42;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--size" -> size = args[++i];
                case "--lines" -> lines = Integer.parseInt(args[++i]);
                case "--durable-percent" -> percent = Double.parseDouble(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("usage: TreeGenerator --out DIR (--size NAME | --lines N --durable-percent P [--seed S])");
            }
        }
        if (out == null || size == null && (lines == null || percent == null)) {
            throw new IllegalArgumentException("usage: TreeGenerator --out DIR (--size NAME | --lines N --durable-percent P [--seed S])");
        }
        Spec spec = size != null ? preset(size) : new Spec(seed, lines, percent);
        long start = System.nanoTime();
        Summary s = generate(out, spec);
        System.out.printf(Locale.ROOT, "%d files, %d lines, %d handlers, %d planted hazards (%d direct, %d chained), %d decoys in %.1f s%n",
                s.files(), s.lines(), s.handlers(), s.hazards(), s.direct(), s.chained(), s.decoys(), (System.nanoTime() - start) / 1e9);
    }

    /** Writes the tree for {@code spec} into {@code root} (which must not hold an older tree). */
    public static Summary generate(Path root, Spec spec) throws IOException {
        TreeGenerator g = new TreeGenerator(spec);
        g.plan();
        return g.write(root);
    }

    // ----- planning -----

    private void plan() {
        double share = spec.durablePercent() / 100.0;
        int files = (int) Math.max(4, Math.round(spec.targetLines() / ((1 - share) * ORDINARY_LINES + share * HANDLER_LINES)));
        int handlerCount = share == 0 ? 0 : (int) Math.max(1, Math.round(files * share));
        int ordinary = Math.max(4, files - handlerCount);

        common = new Domain("common", "com.acme.common");
        int commonUtils = Math.max(2, (int) Math.round(ordinary * 0.02));
        for (int i = 0; i < commonUtils; i++) {
            TypeSpec t = type(common, common.basePackage + ".util", vocabulary.typeName(random, "common", Vocabulary.UTIL_ROLES), Kind.UTIL);
            common.callOrder.add(t);
        }
        int domainCount = Math.max(1, (int) Math.round((ordinary - commonUtils) / (double) FILES_PER_DOMAIN));
        int left = ordinary - commonUtils;
        for (int d = 0; d < domainCount; d++) {
            String word = Vocabulary.DOMAINS.get(d % Vocabulary.DOMAINS.size());
            String name = d < Vocabulary.DOMAINS.size() ? word : word + (d / Vocabulary.DOMAINS.size() + 1);
            int budget = left / (domainCount - d);
            left -= budget;
            domains.add(domain(name, Math.max(8, budget)));
        }
        for (TypeSpec t : common.callOrder) {
            pureMethods(t);
        }
        wireCalls(common.callOrder, common);
        for (Domain d : domains) {
            wireCalls(d.callOrder, d);
        }
        List<Slot> slots = new ArrayList<>();
        Map<String, Integer> depths = new HashMap<>();
        Map<String, Integer> variants = new HashMap<>();
        for (int h = 0; h < handlerCount; h++) {
            handlers.add(handler(domains.get(h % domains.size()), slots, depths, variants));
        }
        for (Domain d : domains) {
            for (TypeSpec t : d.types) {
                if ((t.kind == Kind.SERVICE || t.kind == Kind.UTIL) && random.nextInt(100) < 12) {
                    decoy(t);
                }
            }
        }
    }

    private TypeSpec type(Domain domain, String pkg, String name, Kind kind) {
        TypeSpec t = new TypeSpec(domain, pkg, name, kind);
        t.flavour = random.nextInt(1000);
        domain.types.add(t);
        return t;
    }

    private Domain domain(String name, int budget) {
        Domain d = new Domain(name, "com.acme." + name);
        d.callOrder.addAll(common.callOrder);
        String cap = Calls.capitalise(name);
        TypeSpec request = type(d, d.basePackage + ".model", vocabulary.exactName(cap + "Request"), Kind.REQUEST);
        request.fields.add(new Field("String", "id"));
        request.fields.add(new Field("List<String>", "items"));
        request.fields.add(new Field("String", "region"));
        d.request = request;
        int records = Math.max(1, (int) Math.round(budget * 0.15));
        int pojos = Math.max(1, (int) Math.round(budget * 0.10));
        int enums = Math.max(1, (int) Math.round(budget * 0.06));
        int utils = Math.max(1, (int) Math.round(budget * 0.10));
        int repos = Math.max(1, (int) Math.round(budget * 0.08));
        int services = Math.max(2, budget - 1 - records - pojos - enums - utils - 2 * repos);
        for (int i = 0; i < records; i++) {
            fields(type(d, d.basePackage + ".model", vocabulary.typeName(random, name, Vocabulary.RECORD_ROLES), Kind.RECORD));
        }
        for (int i = 0; i < pojos; i++) {
            fields(type(d, d.basePackage + ".model", vocabulary.typeName(random, name, Vocabulary.POJO_ROLES), Kind.POJO));
        }
        for (int i = 0; i < enums; i++) {
            TypeSpec e = type(d, d.basePackage + ".model", vocabulary.typeName(random, name, Vocabulary.ENUM_ROLES), Kind.ENUM);
            int start = random.nextInt(Vocabulary.CONSTANTS.size());
            int count = 3 + random.nextInt(4);
            for (int c = 0; c < count; c++) {
                e.constants.add(Vocabulary.CONSTANTS.get((start + c) % Vocabulary.CONSTANTS.size()));
            }
        }
        for (int i = 0; i < utils; i++) {
            d.callOrder.add(type(d, d.basePackage + ".util", vocabulary.typeName(random, name, Vocabulary.UTIL_ROLES), Kind.UTIL));
        }
        for (int i = 0; i < repos; i++) {
            String noun = Vocabulary.NOUNS.get(random.nextInt(Vocabulary.NOUNS.size()));
            String api = vocabulary.exactName(noun + "Repository");
            TypeSpec iface = type(d, d.basePackage + ".repository", api, Kind.REPO_INTERFACE);
            TypeSpec impl = type(d, d.basePackage + ".repository", vocabulary.exactName("InMemory" + api), Kind.REPO_IMPL);
            iface.partner = impl;
            impl.partner = iface;
            d.callOrder.add(impl);
        }
        for (int i = 0; i < services; i++) {
            d.callOrder.add(type(d, d.basePackage + ".service", vocabulary.typeName(random, name, Vocabulary.SERVICE_ROLES), Kind.SERVICE));
        }
        for (TypeSpec t : d.callOrder) {
            if (t.domain == d) {
                pureMethods(t);
            }
        }
        return d;
    }

    private void fields(TypeSpec t) {
        Set<String> used = new HashSet<>();
        t.fields.add(new Field("String", pick(Vocabulary.FIELD_NAMES_STRING, used)));
        t.fields.add(new Field("int", pick(Vocabulary.FIELD_NAMES_INT, used)));
        int more = 1 + random.nextInt(t.kind == Kind.POJO ? 4 : 3);
        for (int i = 0; i < more; i++) {
            String name = pick(Vocabulary.FIELD_NAMES_OTHER, used);
            String type = switch (name) {
                case "amountCents", "weightGrams", "sequence" -> "long";
                case "active", "urgent", "verified" -> "boolean";
                case "tags", "notes" -> "List<String>";
                default -> "BigDecimal";
            };
            t.fields.add(new Field(type, name));
        }
    }

    private String pick(List<String> words, Set<String> used) {
        for (int tries = 0; tries < 20; tries++) {
            String w = words.get(random.nextInt(words.size()));
            if (used.add(w)) {
                return w;
            }
        }
        for (String w : words) {
            if (used.add(w)) {
                return w;
            }
        }
        throw new IllegalStateException("no word left");
    }

    private void pureMethods(TypeSpec t) {
        int count = switch (t.kind) {
            case UTIL -> 3 + random.nextInt(3);
            case REPO_IMPL -> 2 + random.nextInt(3);
            default -> 3 + random.nextInt(5);
        };
        if (t.kind == Kind.UTIL) {
            t.methods.add(new MethodSpec(t, methodName(t, "groupBy"), Family.GROUP_BY, Role.PURE, 0));
            t.methods.add(new MethodSpec(t, methodName(t, "firstMatching"), Family.FIRST_MATCH, Role.PURE, 0));
        }
        for (int i = 0; i < count; i++) {
            int f = random.nextInt(10);
            Family family = f < 4 ? Family.STR : f < 7 ? Family.COUNT : Family.LIST;
            t.methods.add(new MethodSpec(t, methodName(t, null), family, Role.PURE, random.nextInt(60)));
        }
    }

    private String methodName(TypeSpec t, String prefix) {
        Set<String> used = methodNames.computeIfAbsent(t, k -> new HashSet<>());
        if (prefix != null) {
            String noun = Vocabulary.NOUNS.get(random.nextInt(Vocabulary.NOUNS.size()));
            String name = prefix + noun + "s";
            for (int i = 2; !used.add(name); i++) {
                name = prefix + noun + "s" + i;
            }
            return name;
        }
        return Vocabulary.methodName(random, used);
    }

    /** Each pure method of {@code owner}'s types calls zero to two methods of types earlier in the call order. */
    private void wireCalls(List<TypeSpec> order, Domain owner) {
        List<MethodSpec> below = new ArrayList<>();
        for (TypeSpec t : order) {
            if (t.domain == owner && !below.isEmpty()) {
                for (MethodSpec m : t.methods) {
                    if (!OrdinaryClassWriter.isCallable(m)) {
                        continue;
                    }
                    int r = random.nextInt(100);
                    int k = r < 35 ? 0 : r < 80 ? 1 : 2;
                    for (int i = 0; i < k; i++) {
                        MethodSpec callee = below.get(random.nextInt(below.size()));
                        if (!m.callees.contains(callee)) {
                            m.callees.add(callee);
                            dependOn(t, callee.owner);
                        }
                    }
                }
            }
            below.addAll(t.methods);
        }
    }

    private static void dependOn(TypeSpec caller, TypeSpec callee) {
        if (!callee.isStaticHolder()) {
            caller.fieldDeps.add(callee);
        }
    }

    private static void dependOn(HandlerSpec caller, TypeSpec callee) {
        if (!callee.isStaticHolder()) {
            caller.fieldDeps.add(callee);
        }
    }

    /**
     * The hazards handlers draw from, like cards from a deck that is shuffled again when empty: each rule
     * of group A direct and chained, each rule of group B direct, so every rule is planted evenly.
     */
    private record Slot(String rule, boolean chained) {
    }

    private List<Slot> slots() {
        List<Slot> slots = new ArrayList<>();
        for (String rule : Shapes.GROUP_A) {
            slots.add(new Slot(rule, false));
            slots.add(new Slot(rule, true));
        }
        for (String rule : Shapes.GROUP_B) {
            slots.add(new Slot(rule, false));
        }
        java.util.Collections.shuffle(slots, random);
        return slots;
    }

    private HandlerSpec handler(Domain d, List<Slot> deck, Map<String, Integer> depths, Map<String, Integer> variants) {
        String name = vocabulary.typeName(random, d.name, Vocabulary.FLOW_ROLES) + "Handler";
        HandlerSpec h = new HandlerSpec(d, d.basePackage + ".workflow", name);
        h.flavour = random.nextInt(1000);
        List<MethodSpec> callable = new ArrayList<>();
        for (TypeSpec t : d.callOrder) {
            if (t.domain == d) {
                t.methods.stream().filter(OrdinaryClassWriter::isCallable).forEach(callable::add);
            }
        }
        int orchestration = 1 + random.nextInt(3);
        for (int i = 0; i < orchestration; i++) {
            MethodSpec m = callable.get(random.nextInt(callable.size()));
            h.orchestrationCalls.add(m);
            dependOn(h, m.owner);
        }
        int inSteps = 1 + random.nextInt(3);
        for (int i = 0; i < inSteps; i++) {
            MethodSpec m = callable.get(random.nextInt(callable.size()));
            h.stepCalls.add(m);
            dependOn(h, m.owner);
        }
        int hazards = 5 + random.nextInt(4);
        for (int i = 0; i < hazards; i++) {
            if (deck.isEmpty()) {
                deck.addAll(slots());
            }
            Slot s = deck.remove(deck.size() - 1);
            int variant = variants.merge(s.rule(), 1, Integer::sum) - 1;
            int depth = s.chained() ? depths.merge(s.rule(), 1, Integer::sum) % 4 + 1 : 0;
            Hazard hazard = new Hazard(s.rule(), depth, variant);
            if (depth > 0) {
                hazard.head = chain(d, s.rule(), variant, depth);
                dependOn(h, hazard.head.owner);
            } else if (s.rule().equals("unverified-operation-name")) {
                List<MethodSpec> strings = callable.stream().filter(m -> m.family == Family.STR).toList();
                MethodSpec m = strings.isEmpty() ? null : strings.get(random.nextInt(strings.size()));
                if (m != null) {
                    hazard.head = m;
                    dependOn(h, m.owner);
                }
            }
            if (s.rule().equals("unverified-operation-name") && hazard.head == null) {
                continue;
            }
            h.hazards.add(hazard);
        }
        int decoys = 1 + random.nextInt(2);
        for (int i = 0; i < decoys; i++) {
            h.stepDecoys.add(random.nextInt(4));
        }
        if (random.nextInt(100) < 30) {
            List<TypeSpec> hosts = d.types.stream().filter(t -> t.kind == Kind.SERVICE || t.kind == Kind.UTIL).toList();
            MethodSpec decoy = decoy(hosts.get(random.nextInt(hosts.size())));
            decoysCalledFromSteps.add(decoy.owner.qualifiedName() + "#" + decoy.name);
            h.decoyCalls.add(decoy);
            dependOn(h, decoy.owner);
        }
        return h;
    }

    /** Adds the methods of a chain of {@code depth} calls, the last holding the sink, and returns the first. */
    private MethodSpec chain(Domain d, String rule, int variant, int depth) {
        List<TypeSpec> hosts = d.callOrder;
        TreeSet<Integer> picked = new TreeSet<>(Comparator.reverseOrder());
        while (picked.size() < Math.min(depth, hosts.size())) {
            picked.add(random.nextInt(hosts.size()));
        }
        List<MethodSpec> hops = new ArrayList<>();
        for (int index : picked) {
            TypeSpec owner = hosts.get(index);
            MethodSpec hop = new MethodSpec(owner, methodName(owner, null), Family.STR, Role.CHAIN, random.nextInt(2));
            owner.methods.add(hop);
            if (!hops.isEmpty()) {
                MethodSpec previous = hops.get(hops.size() - 1);
                previous.next = hop;
                dependOn(previous.owner, owner);
            }
            hops.add(hop);
        }
        MethodSpec last = hops.get(hops.size() - 1);
        last.sink = new Sink(rule, variant);
        if (rule.equals("shared-mutable-state")) {
            last.owner.staticCounters.add(last.name + "Count");
        }
        return hops.get(0);
    }

    /** Adds a method with a look-alike sink to {@code host}; it is called from step bodies or from nowhere. */
    private MethodSpec decoy(TypeSpec host) {
        List<String> rules = Shapes.GROUP_A.subList(0, Shapes.GROUP_A.size() - 1);
        String rule = rules.get(random.nextInt(rules.size()));
        MethodSpec m = new MethodSpec(host, methodName(host, null), Family.STR, Role.DECOY, 0);
        m.sink = new Sink(rule, random.nextInt(Shapes.variants(rule)));
        host.methods.add(m);
        return m;
    }

    // ----- writing -----

    private Summary write(Path root) throws IOException {
        Path sources = root.resolve("src/main/java");
        Files.createDirectories(sources);
        Map<String, String> projectTypes = new HashMap<>();
        List<TypeSpec> all = new ArrayList<>(common.types);
        domains.forEach(d -> all.addAll(d.types));
        for (TypeSpec t : all) {
            projectTypes.put(t.name, t.qualifiedName());
        }
        Set<Path> madeDirs = new HashSet<>();
        List<PlantedHazard> planted = new ArrayList<>();
        List<Decoy> decoys = new ArrayList<>();
        long lines = 0;
        int files = 0;
        for (TypeSpec t : all) {
            OrdinaryClassWriter w = OrdinaryClassWriter.write(t);
            int header = writeFile(sources, madeDirs, t.pkg, t.name, t.path(), w.text(), projectTypes);
            lines += header + countLines(w.text());
            files++;
            String file = "src/main/java/" + t.path();
            for (OrdinaryClassWriter.Marker m : w.markers()) {
                boolean calledFromStep = decoysCalledFromSteps.contains(t.qualifiedName() + "#" + m.method());
                decoys.add(new Decoy(file, header + m.line(), m.what(),
                        calledFromStep ? "ordinary method called only from step bodies" : "ordinary method nothing calls"));
            }
        }
        for (HandlerSpec h : handlers) {
            HandlerWriter w = HandlerWriter.write(h);
            int header = writeFile(sources, madeDirs, h.pkg, h.name, h.path(), w.text(), projectTypes);
            lines += header + countLines(w.text());
            files++;
            String file = "src/main/java/" + h.path();
            for (HandlerWriter.Planted p : w.planted()) {
                planted.add(new PlantedHazard(file, header + p.line(), p.rule(), p.depth(), p.call(), p.sink()));
            }
            for (HandlerWriter.Quiet q : w.quiet()) {
                decoys.add(new Decoy(file, header + q.line(), q.what(), "inside a step body"));
            }
        }
        planted.sort(Comparator.comparing(PlantedHazard::file).thenComparingInt(PlantedHazard::line).thenComparing(PlantedHazard::rule));
        decoys.sort(Comparator.comparing(Decoy::file).thenComparingInt(Decoy::line));
        PlantedHazard.write(root.resolve("expected.tsv"), planted);
        Decoy.write(root.resolve("decoys.tsv"), decoys);
        int direct = (int) planted.stream().filter(PlantedHazard::direct).count();
        Summary summary = new Summary(files, lines, handlers.size(), planted.size(), direct, planted.size() - direct, decoys.size());
        Map<String, String> props = new LinkedHashMap<>();
        props.put("generator.version", String.valueOf(GENERATOR_VERSION));
        props.put("seed", String.valueOf(spec.seed()));
        props.put("target.lines", String.valueOf(spec.targetLines()));
        props.put("durable.percent", String.valueOf(spec.durablePercent()));
        props.put("files", String.valueOf(summary.files()));
        props.put("lines", String.valueOf(summary.lines()));
        props.put("handlers", String.valueOf(summary.handlers()));
        props.put("hazards", String.valueOf(summary.hazards()));
        props.put("hazards.direct", String.valueOf(summary.direct()));
        props.put("hazards.chained", String.valueOf(summary.chained()));
        props.put("decoys", String.valueOf(summary.decoys()));
        StringBuilder text = new StringBuilder();
        props.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Files.writeString(root.resolve("tree.properties"), text.toString(), StandardCharsets.UTF_8);
        return summary;
    }

    /** Writes one source file and returns the number of lines before the body (package and imports). */
    static int writeFile(Path sources, Set<Path> madeDirs, String pkg, String name, String path, String body,
                         Map<String, String> projectTypes) throws IOException {
        TreeSet<String> imports = Imports.of(body, pkg, name, projectTypes::get);
        StringBuilder text = new StringBuilder(body.length() + 64 * imports.size() + 64);
        text.append("package ").append(pkg).append(";\n\n");
        int header = 2;
        String group = null;
        for (String imp : imports) {
            String top = imp.startsWith("java.") ? "java" : "other";
            if (group != null && !group.equals(top)) {
                text.append('\n');
                header++;
            }
            group = top;
            text.append("import ").append(imp).append(";\n");
            header++;
        }
        if (!imports.isEmpty()) {
            text.append('\n');
            header++;
        }
        text.append(body);
        Path file = sources.resolve(path);
        Path dir = file.getParent();
        if (madeDirs.add(dir)) {
            Files.createDirectories(dir);
        }
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        return header;
    }

    private static int countLines(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
