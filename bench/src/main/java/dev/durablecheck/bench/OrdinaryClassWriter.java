package dev.durablecheck.bench;

import dev.durablecheck.bench.TreeModel.Family;
import dev.durablecheck.bench.TreeModel.Field;
import dev.durablecheck.bench.TreeModel.Kind;
import dev.durablecheck.bench.TreeModel.MethodSpec;
import dev.durablecheck.bench.TreeModel.Role;
import dev.durablecheck.bench.TreeModel.TypeSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes the ordinary classes of a tree: records and POJOs, enums, utilities with generic helpers,
 * repositories behind interfaces and services, with loops, lambdas, streams and switch expressions,
 * calling one another down the domain's call order. The hops of planted chains and the decoys are
 * methods among the others.
 */
final class OrdinaryClassWriter {

    /** A line of a written class that holds a decoy sink, counted from the class body's first line. */
    record Marker(int line, String what, String method) {
    }

    private final SourceText out = new SourceText();
    private final List<Marker> markers = new ArrayList<>();
    private final TypeSpec type;
    private final Random random;

    private OrdinaryClassWriter(TypeSpec type) {
        this.type = type;
        this.random = new Random(type.flavour * 7919L + type.name.hashCode());
    }

    /** The body of {@code type} from its Javadoc to its closing brace, and the decoy lines in it. */
    static OrdinaryClassWriter write(TypeSpec type) {
        OrdinaryClassWriter w = new OrdinaryClassWriter(type);
        switch (type.kind) {
            case REQUEST, RECORD -> w.record();
            case POJO -> w.pojo();
            case ENUM -> w.enumType();
            case UTIL -> w.util();
            case REPO_INTERFACE -> w.repositoryInterface();
            case REPO_IMPL -> w.repositoryImpl();
            case SERVICE -> w.service();
            default -> throw new IllegalStateException();
        }
        return w;
    }

    String text() {
        return out.text();
    }

    List<Marker> markers() {
        return markers;
    }

    // ----- value types -----

    private void record() {
        String n = type.name;
        List<String> components = new ArrayList<>();
        for (Field f : type.fields) {
            components.add(f.type() + " " + f.name());
        }
        out.line("/** " + describe() + " */");
        out.line("public record " + n + "(" + String.join(", ", components) + ") {");
        out.blank();
        out.line("    public " + n + " {");
        out.line("        Objects.requireNonNull(" + type.fields.get(0).name() + ", \"" + type.fields.get(0).name() + "\");");
        for (Field f : type.fields) {
            if (f.type().equals("List<String>")) {
                out.line("        " + f.name() + " = List.copyOf(" + f.name() + ");");
            }
        }
        out.line("    }");
        if (type.kind == Kind.REQUEST) {
            out.line("}");
            return;
        }
        out.blank();
        out.line("    public boolean isBlank() {");
        out.line("        return " + type.fields.get(0).name() + ".isBlank();");
        out.line("    }");
        out.blank();
        Field count = type.fields.get(1);
        out.line("    public " + n + " with" + Calls.capitalise(count.name()) + "(int " + count.name() + ") {");
        List<String> args = new ArrayList<>();
        type.fields.forEach(f -> args.add(f.name()));
        out.line("        return new " + n + "(" + String.join(", ", args) + ");");
        out.line("    }");
        out.line("}");
    }

    private void pojo() {
        String n = type.name;
        out.line("/**");
        out.line(" * " + describe() + ", mutable and built with {@link Builder}.");
        out.line(" */");
        out.line("public class " + n + " {");
        out.blank();
        for (Field f : type.fields) {
            out.line("    private " + f.type() + " " + f.name() + ";");
        }
        out.blank();
        List<String> params = new ArrayList<>();
        type.fields.forEach(f -> params.add(f.type() + " " + f.name()));
        out.line("    public " + n + "(" + String.join(", ", params) + ") {");
        for (Field f : type.fields) {
            out.line("        this." + f.name() + " = " + f.name() + ";");
        }
        out.line("    }");
        for (Field f : type.fields) {
            String cap = Calls.capitalise(f.name());
            out.blank();
            out.line("    public " + f.type() + " " + (f.type().equals("boolean") ? "is" : "get") + cap + "() {");
            out.line("        return " + f.name() + ";");
            out.line("    }");
            out.blank();
            out.line("    public void set" + cap + "(" + f.type() + " " + f.name() + ") {");
            out.line("        this." + f.name() + " = " + f.name() + ";");
            out.line("    }");
        }
        out.blank();
        out.line("    @Override");
        out.line("    public boolean equals(Object other) {");
        out.line("        if (this == other) {");
        out.line("            return true;");
        out.line("        }");
        out.line("        if (!(other instanceof " + n + " that)) {");
        out.line("            return false;");
        out.line("        }");
        List<String> eq = new ArrayList<>();
        for (Field f : type.fields) {
            boolean primitive = f.type().equals("int") || f.type().equals("long") || f.type().equals("boolean");
            eq.add(primitive ? f.name() + " == that." + f.name() : "Objects.equals(" + f.name() + ", that." + f.name() + ")");
        }
        for (int i = 0; i < eq.size(); i++) {
            out.line((i == 0 ? "        return " : "                && ") + eq.get(i) + (i == eq.size() - 1 ? ";" : ""));
        }
        out.line("    }");
        out.blank();
        out.line("    @Override");
        out.line("    public int hashCode() {");
        List<String> names = new ArrayList<>();
        type.fields.forEach(f -> names.add(f.name()));
        out.line("        return Objects.hash(" + String.join(", ", names) + ");");
        out.line("    }");
        out.blank();
        out.line("    @Override");
        out.line("    public String toString() {");
        out.line("        return \"" + n + "{\"");
        for (int i = 0; i < type.fields.size(); i++) {
            String f = type.fields.get(i).name();
            out.line("                + \"" + (i == 0 ? "" : ", ") + f + "=\" + " + f);
        }
        out.line("                + \"}\";");
        out.line("    }");
        out.blank();
        out.line("    public static Builder builder() {");
        out.line("        return new Builder();");
        out.line("    }");
        out.blank();
        out.line("    /** Builds a {@link " + n + "} field by field. */");
        out.line("    public static final class Builder {");
        for (Field f : type.fields) {
            out.line("        private " + f.type() + " " + f.name() + ";");
        }
        for (Field f : type.fields) {
            out.blank();
            out.line("        public Builder " + f.name() + "(" + f.type() + " " + f.name() + ") {");
            out.line("            this." + f.name() + " = " + f.name() + ";");
            out.line("            return this;");
            out.line("        }");
        }
        out.blank();
        out.line("        public " + n + " build() {");
        out.line("            return new " + n + "(" + String.join(", ", names) + ");");
        out.line("        }");
        out.line("    }");
        out.line("}");
    }

    private void enumType() {
        String n = type.name;
        out.line("/** " + describe() + ". */");
        out.line("public enum " + n + " {");
        List<String> cs = type.constants;
        for (int i = 0; i < cs.size(); i++) {
            String c = cs.get(i);
            out.line("    " + c + "(\"" + c.toLowerCase().replace('_', '-') + "\", " + (i + 1) + ")"
                    + (i == cs.size() - 1 ? ";" : ","));
        }
        out.blank();
        out.line("    private final String code;");
        out.line("    private final int weight;");
        out.blank();
        out.line("    " + n + "(String code, int weight) {");
        out.line("        this.code = code;");
        out.line("        this.weight = weight;");
        out.line("    }");
        out.blank();
        out.line("    public String code() {");
        out.line("        return code;");
        out.line("    }");
        out.blank();
        out.line("    public int weight() {");
        out.line("        return weight;");
        out.line("    }");
        out.blank();
        out.line("    public boolean isTerminal() {");
        out.line("        return switch (this) {");
        out.line("            case " + cs.get(cs.size() - 1) + " -> true;");
        out.line("            default -> false;");
        out.line("        };");
        out.line("    }");
        out.blank();
        out.line("    public static Optional<" + n + "> fromCode(String code) {");
        out.line("        return Arrays.stream(values())");
        out.line("                .filter(value -> value.code.equalsIgnoreCase(code))");
        out.line("                .findFirst();");
        out.line("    }");
        out.line("}");
    }

    // ----- code types -----

    private void util() {
        out.line("/** " + describe() + ". */");
        out.line("public final class " + type.name + " {");
        out.blank();
        for (String counter : type.staticCounters) {
            out.line("    private static int " + counter + ";");
        }
        if (!type.staticCounters.isEmpty()) {
            out.blank();
        }
        out.line("    private " + type.name + "() {");
        out.line("    }");
        methods("public static ");
        out.line("}");
    }

    private void repositoryInterface() {
        TypeSpec impl = type.partner;
        out.line("/** " + describe() + ". */");
        out.line("public interface " + type.name + " {");
        out.blank();
        out.line("    Optional<String> findById(String id);");
        out.blank();
        out.line("    List<String> findAll();");
        for (MethodSpec m : impl.methods) {
            out.blank();
            out.line("    " + signature(m, "") + ";");
        }
        out.line("}");
    }

    private void repositoryImpl() {
        out.line("/** " + describe() + ", kept in memory. */");
        out.line("public class " + type.name + " implements " + type.partner.name + " {");
        out.blank();
        out.line("    private final Map<String, String> store = new LinkedHashMap<>();");
        for (String counter : type.staticCounters) {
            out.line("    private static int " + counter + ";");
        }
        fields();
        out.blank();
        out.line("    @Override");
        out.line("    public Optional<String> findById(String id) {");
        out.line("        return Optional.ofNullable(store.get(id));");
        out.line("    }");
        out.blank();
        out.line("    @Override");
        out.line("    public List<String> findAll() {");
        out.line("        return new ArrayList<>(store.values());");
        out.line("    }");
        for (MethodSpec m : type.methods) {
            out.blank();
            out.line("    @Override");
            method(m, "public ", false);
        }
        out.line("}");
    }

    private void service() {
        out.line("/**");
        out.line(" * " + describe() + ".");
        out.line(" */");
        out.line("public class " + type.name + " {");
        out.blank();
        out.line("    private static final int LIMIT = " + (8 + type.flavour % 90) + ";");
        for (String counter : type.staticCounters) {
            out.line("    private static int " + counter + ";");
        }
        fields();
        methods("public ");
        out.line("}");
    }

    private void fields() {
        for (TypeSpec dep : type.fieldDeps) {
            out.line("    private final " + dep.fieldType().name + " " + Calls.fieldName(dep) + " = new " + dep.name + "();");
        }
    }

    private void methods(String modifiers) {
        for (MethodSpec m : type.methods) {
            out.blank();
            method(m, modifiers, true);
        }
    }

    private static String signature(MethodSpec m, String modifiers) {
        return switch (m.family) {
            case STR -> modifiers + "String " + m.name + "(String input)";
            case COUNT -> modifiers + "int " + m.name + "(List<String> items)";
            case LIST -> modifiers + "List<String> " + m.name + "(List<String> items)";
            case GROUP_BY -> modifiers + "<T, K extends Comparable<? super K>> Map<K, List<T>> " + m.name
                    + "(Collection<T> values, Function<? super T, ? extends K> key)";
            case FIRST_MATCH -> modifiers + "<T> Optional<T> " + m.name + "(List<? extends T> values, Predicate<? super T> test)";
        };
    }

    private void method(MethodSpec m, String modifiers, boolean javadoc) {
        if (javadoc && random.nextInt(3) == 0) {
            out.line("    /** " + Vocabulary.methodDoc(m.name, random) + " */");
        }
        out.line("    " + signature(m, modifiers) + " {");
        switch (m.role) {
            case CHAIN -> chainBody(m);
            case DECOY -> decoyBody(m);
            default -> pureBody(m);
        }
        out.line("    }");
    }

    private void chainBody(MethodSpec m) {
        out.line("        String normalized = input == null ? \"\" : input.strip().toLowerCase(Locale.ROOT);");
        String key = "normalized";
        if (m.variant % 2 == 1) {
            out.line("        int score = 0;");
            out.line("        for (char c : normalized.toCharArray()) {");
            out.line("            score += Character.isDigit(c) ? 2 : 1;");
            out.line("        }");
            out.line("        String key = normalized + \"-\" + score;");
            key = "key";
        }
        if (m.next != null) {
            out.line("        return " + Calls.call(m.next, key) + ";");
            return;
        }
        Shapes.Shape sink = Shapes.chainSink(m.sink.rule(), m.sink.variant(), type.staticCounters.isEmpty() ? "" : counterFor(m));
        sink.lines().forEach(out::line);
        out.line("        return " + key + " + \"@\" + " + sink.value() + ";");
    }

    private String counterFor(MethodSpec m) {
        return type.staticCounters.stream().filter(c -> c.startsWith(m.name + "Count")).findFirst().orElse(type.staticCounters.get(0));
    }

    private void decoyBody(MethodSpec m) {
        out.line("        String normalized = input == null ? \"\" : input.strip();");
        Shapes.Shape sink = Shapes.chainSink(m.sink.rule(), m.sink.variant(), "");
        int first = out.nextLine();
        sink.lines().forEach(out::line);
        markers.add(new Marker(first + sink.planted(), sink.sink(), m.name));
        out.line("        return normalized + \":\" + " + sink.value() + ";");
    }

    private void pureBody(MethodSpec m) {
        switch (m.family) {
            case STR -> strBody(m);
            case COUNT -> countBody(m);
            case LIST -> listBody(m);
            case GROUP_BY -> {
                out.line("        Map<K, List<T>> grouped = new TreeMap<>();");
                out.line("        for (T value : values) {");
                out.line("            grouped.computeIfAbsent(key.apply(value), k -> new ArrayList<>()).add(value);");
                out.line("        }");
                out.line("        return grouped;");
            }
            case FIRST_MATCH -> {
                out.line("        for (T value : values) {");
                out.line("            if (test.test(value)) {");
                out.line("                return Optional.of(value);");
                out.line("            }");
                out.line("        }");
                out.line("        return Optional.empty();");
            }
            default -> throw new IllegalStateException();
        }
    }

    private void strBody(MethodSpec m) {
        TypeSpec dto = dto(m);
        TypeSpec en = enumOf(m);
        int v = m.variant % 6;
        if (v == 3 && dto == null || v == 4 && en == null) {
            v = 0;
        }
        switch (v) {
            case 0 -> {
                out.line("        if (input == null || input.isBlank()) {");
                out.line("            return \"\";");
                out.line("        }");
                out.line("        StringBuilder builder = new StringBuilder(input.length());");
                out.line("        for (char c : input.toCharArray()) {");
                out.line("            if (Character.isLetterOrDigit(c)) {");
                out.line("                builder.append(Character.toLowerCase(c));");
                out.line("            } else if (builder.length() > 0 && builder.charAt(builder.length() - 1) != '-') {");
                out.line("                builder.append('-');");
                out.line("            }");
                out.line("        }");
                out.line("        String result = builder.toString();");
            }
            case 1 -> {
                out.line("        if (input == null) {");
                out.line("            return \"\";");
                out.line("        }");
                out.line("        String result = Arrays.stream(input.split(\"[,;]\"))");
                out.line("                .map(String::trim)");
                out.line("                .filter(part -> !part.isEmpty())");
                out.line("                .map(part -> part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1))");
                out.line("                .collect(Collectors.joining(\", \", \"[\", \"]\"));");
            }
            case 2 -> {
                String[] codes = Vocabulary.codes(random);
                out.line("        String key = Optional.ofNullable(input).map(String::strip).orElse(\"\");");
                out.line("        String prefix = switch (key.length() % 4) {");
                out.line("            case 0 -> \"" + codes[0] + "\";");
                out.line("            case 1 -> \"" + codes[1] + "\";");
                out.line("            case 2 -> \"" + codes[2] + "\";");
                out.line("            default -> \"" + codes[3] + "\";");
                out.line("        };");
                out.line("        String result = prefix + \"-\" + key;");
            }
            case 3 -> {
                out.line("        String source = input == null ? \"\" : input.strip();");
                out.line("        " + dto.name + " value = " + Calls.construct(dto, "source") + ";");
                out.line("        String result = " + Calls.read(dto, 0, "value") + " + \":\" + " + Calls.read(dto, 1, "value") + ";");
            }
            case 4 -> {
                out.line("        String result = " + en.name + ".fromCode(input)");
                out.line("                .filter(status -> !status.isTerminal())");
                out.line("                .map(" + en.name + "::code)");
                out.line("                .orElse(\"" + Vocabulary.codes(random)[0].toLowerCase() + "\");");
            }
            default -> {
                out.line("        Map<Character, Integer> counts = new TreeMap<>();");
                out.line("        String text = input == null ? \"\" : input;");
                out.line("        for (int i = 0; i < text.length(); i++) {");
                out.line("            counts.merge(text.charAt(i), 1, Integer::sum);");
                out.line("        }");
                out.line("        StringBuilder builder = new StringBuilder();");
                out.line("        counts.forEach((c, n) -> builder.append(c).append(n));");
                out.line("        String result = builder.toString();");
            }
        }
        folds(m);
        out.line("        return result;");
    }

    private void countBody(MethodSpec m) {
        TypeSpec dto = dto(m);
        int v = m.variant % 5;
        if (v == 3 && dto == null) {
            v = 0;
        }
        switch (v) {
            case 0 -> {
                out.line("        int total = 0;");
                out.line("        for (int i = 0; i < items.size(); i++) {");
                out.line("            String item = items.get(i);");
                out.line("            if (item == null || item.isEmpty()) {");
                out.line("                continue;");
                out.line("            }");
                out.line("            total += item.length() * (i + 1) % " + (7 + random.nextInt(50)) + ";");
                out.line("        }");
            }
            case 1 -> {
                out.line("        Map<Integer, Long> byLength = items.stream()");
                out.line("                .filter(Objects::nonNull)");
                out.line("                .collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.counting()));");
                out.line("        int total = 0;");
                out.line("        for (Map.Entry<Integer, Long> entry : byLength.entrySet()) {");
                out.line("            total += entry.getKey() * entry.getValue().intValue();");
                out.line("        }");
            }
            case 2 -> {
                out.line("        int total = items.stream()");
                out.line("                .filter(item -> item != null && !item.isBlank())");
                out.line("                .mapToInt(String::length)");
                out.line("                .filter(length -> length > " + (1 + random.nextInt(4)) + ")");
                out.line("                .sum();");
                out.line("        int guard = 0;");
                out.line("        while (total > " + (100 + random.nextInt(900)) + " && guard++ < 8) {");
                out.line("            total /= 2;");
                out.line("        }");
            }
            case 3 -> {
                out.line("        List<" + dto.name + "> values = new ArrayList<>();");
                out.line("        for (String item : items) {");
                out.line("            values.add(" + Calls.construct(dto, "item") + ");");
                out.line("        }");
                out.line("        int total = values.stream().mapToInt(value -> " + Calls.read(dto, 1, "value") + ").sum();");
            }
            default -> {
                int split = 3 + random.nextInt(5);
                out.line("        Deque<String> pending = new ArrayDeque<>(items);");
                out.line("        int total = 0;");
                out.line("        while (!pending.isEmpty()) {");
                out.line("            String next = pending.pop();");
                out.line("            if (next.length() > " + split + ") {");
                out.line("                pending.push(next.substring(" + split + "));");
                out.line("            }");
                out.line("            total++;");
                out.line("        }");
            }
        }
        folds(m);
        out.line("        return total;");
    }

    private void listBody(MethodSpec m) {
        TypeSpec en = enumOf(m);
        int v = m.variant % 4;
        if (v == 3 && en == null) {
            v = 0;
        }
        switch (v) {
            case 0 -> {
                out.line("        List<String> out = items.stream()");
                out.line("                .filter(Objects::nonNull)");
                out.line("                .map(String::strip)");
                out.line("                .filter(item -> item.length() >= " + (1 + random.nextInt(3)) + ")");
                out.line("                .distinct()");
                out.line("                .sorted(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()))");
                out.line("                .collect(Collectors.toCollection(ArrayList::new));");
            }
            case 1 -> {
                out.line("        Map<Character, List<String>> byInitial = new TreeMap<>();");
                out.line("        for (String item : items) {");
                out.line("            if (item != null && !item.isEmpty()) {");
                out.line("                byInitial.computeIfAbsent(item.charAt(0), initial -> new ArrayList<>()).add(item);");
                out.line("            }");
                out.line("        }");
                out.line("        List<String> out = new ArrayList<>();");
                out.line("        byInitial.forEach((initial, members) -> out.add(initial + \"=\" + members.size()));");
            }
            case 2 -> {
                out.line("        List<String> out = new ArrayList<>(items);");
                out.line("        Iterator<String> it = out.iterator();");
                out.line("        while (it.hasNext()) {");
                out.line("            String item = it.next();");
                out.line("            if (item == null || item.startsWith(\"" + Vocabulary.codes(random)[1].toLowerCase() + "\")) {");
                out.line("                it.remove();");
                out.line("            }");
                out.line("        }");
                out.line("        Collections.sort(out);");
            }
            default -> {
                out.line("        List<String> out = new ArrayList<>();");
                out.line("        for (" + en.name + " status : " + en.name + ".values()) {");
                out.line("            if (status.weight() <= items.size()) {");
                out.line("                out.add(status.code());");
                out.line("            }");
                out.line("        }");
            }
        }
        folds(m);
        out.line("        return out;");
    }

    private void folds(MethodSpec m) {
        for (MethodSpec callee : m.callees) {
            out.line("        " + Calls.fold(m.family, callee));
        }
    }

    private TypeSpec dto(MethodSpec m) {
        List<TypeSpec> dtos = type.domain.types.stream()
                .filter(t -> t.kind == Kind.RECORD || t.kind == Kind.POJO).toList();
        return dtos.isEmpty() ? null : dtos.get(Math.floorMod(m.name.hashCode() + type.flavour, dtos.size()));
    }

    private TypeSpec enumOf(MethodSpec m) {
        List<TypeSpec> enums = type.domain.ofKind(Kind.ENUM);
        return enums.isEmpty() ? null : enums.get(Math.floorMod(m.name.hashCode() * 31 + type.flavour, enums.size()));
    }

    private String describe() {
        return Vocabulary.describe(type.kind, type.name, type.domain.name);
    }

    static boolean isCallable(MethodSpec m) {
        return m.role == Role.PURE && (m.family == Family.STR || m.family == Family.COUNT || m.family == Family.LIST);
    }
}
