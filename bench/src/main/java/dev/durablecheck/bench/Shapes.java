package dev.durablecheck.bench;

import java.util.List;

/**
 * The written shapes of every planted hazard: the statements a handler gets for a direct hazard, and
 * the statements the last method of a chain gets for a chained one. Each shape says which of its lines
 * is the planted one, a piece of text on that line, and the offending API.
 */
final class Shapes {

    /** Rules of group A: reported in orchestration code and through the methods it calls. */
    static final List<String> GROUP_A = List.of(
            "nondeterministic-time", "nondeterministic-random", "nondeterministic-uuid", "environment-read",
            "side-effect-outside-step", "blocking-sleep", "unmanaged-concurrency", "replay-unsafe-logging",
            "shared-mutable-state");

    /** Rules of group B: the structure of replay, planted directly in handlers. */
    static final List<String> GROUP_B = List.of(
            "captured-state-mutation", "nested-durable-operation", "parent-context-in-child",
            "nondeterministic-operation-name", "unverified-operation-name", "duplicate-operation-name",
            "unordered-iteration", "swallowed-suspension");

    /** The APIs the PMD XPath baseline looks for, as written in {@code sink}. */
    static final List<String> PMD_APIS = List.of("Instant.now()", "UUID.randomUUID()", "Math.random()", "Thread.sleep()");

    private Shapes() {
    }

    /**
     * Lines of a shape (indented for a method body), the index of the planted line among them, text on
     * that line and the offending API. {@code value} is an expression of the shape's result (chain sinks only).
     */
    record Shape(List<String> lines, int planted, String call, String sink, String value) {
    }

    /** How many shapes a group-A rule has; the variant of a hazard is taken modulo this. */
    static int variants(String rule) {
        return switch (rule) {
            case "nondeterministic-time", "nondeterministic-random" -> 4;
            case "environment-read", "side-effect-outside-step", "blocking-sleep", "unmanaged-concurrency",
                    "replay-unsafe-logging" -> 3;
            default -> 1;
        };
    }

    /**
     * A direct group-A hazard in {@code handleRequest}: {@code i} makes names unique, {@code tag} is a
     * word for literals; the handler's locals {@code request} and {@code items} are in scope.
     */
    static Shape direct(String rule, int variant, int i, String tag) {
        String in = "        ";
        return switch (rule + "/" + variant % variants(rule)) {
            case "nondeterministic-time/0", "nondeterministic-time/1" ->
                    one(in + "Instant started" + i + " = Instant.now();", "Instant.now()", "Instant.now()");
            case "nondeterministic-time/2" ->
                    one(in + "long startedMs" + i + " = System.currentTimeMillis();", "System.currentTimeMillis()", "System.currentTimeMillis()");
            case "nondeterministic-time/3" ->
                    one(in + "LocalDateTime at" + i + " = LocalDateTime.now();", "LocalDateTime.now()", "LocalDateTime.now()");
            case "nondeterministic-random/0", "nondeterministic-random/1" ->
                    one(in + "double roll" + i + " = Math.random();", "Math.random()", "Math.random()");
            case "nondeterministic-random/2" ->
                    one(in + "int pick" + i + " = ThreadLocalRandom.current().nextInt(items.size() + 1);",
                            "ThreadLocalRandom.current()", "ThreadLocalRandom.current()");
            case "nondeterministic-random/3" ->
                    one(in + "Random jitter" + i + " = new Random();", "new Random()", "new Random()");
            case "nondeterministic-uuid/0" ->
                    one(in + "String runId" + i + " = UUID.randomUUID().toString();", "UUID.randomUUID()", "UUID.randomUUID()");
            case "environment-read/0", "environment-read/1" ->
                    one(in + "String table" + i + " = System.getenv(\"" + tag.toUpperCase() + "_TABLE\");",
                            "System.getenv(", "System.getenv()");
            case "environment-read/2" ->
                    one(in + "String mode" + i + " = System.getProperty(\"acme." + tag + ".mode\", \"strict\");",
                            "System.getProperty(", "System.getProperty()");
            case "side-effect-outside-step/0", "side-effect-outside-step/1" -> new Shape(List.of(
                    in + "List<String> overrides" + i + ";",
                    in + "try {",
                    in + "    overrides" + i + " = Files.readAllLines(Path.of(\"/etc/acme/" + tag + "-overrides.txt\"));",
                    in + "} catch (IOException e) {",
                    in + "    overrides" + i + " = List.of();",
                    in + "}"), 2, "Files.readAllLines(", "Files.readAllLines()", null);
            case "side-effect-outside-step/2" ->
                    one(in + "boolean locked" + i + " = new File(\"/tmp/" + tag + ".lock\").exists();", ".exists()", "File.exists()");
            case "blocking-sleep/0", "blocking-sleep/1" -> sleep(in, "Thread.sleep(" + (100 + i % 7 * 50) + ");", "Thread.sleep(", "Thread.sleep()");
            case "blocking-sleep/2" -> sleep(in, "TimeUnit.SECONDS.sleep(" + (1 + i % 3) + ");", "TimeUnit.SECONDS.sleep(", "TimeUnit.sleep()");
            case "unmanaged-concurrency/0", "unmanaged-concurrency/1" ->
                    one(in + "CompletableFuture<String> warm" + i + " = CompletableFuture.supplyAsync(() -> request.id().trim());",
                            "CompletableFuture.supplyAsync(", "CompletableFuture.supplyAsync()");
            case "unmanaged-concurrency/2" ->
                    one(in + "long wide" + i + " = items.parallelStream().filter(item -> item.length() > 3).count();",
                            ".parallelStream()", "Collection.parallelStream()");
            case "replay-unsafe-logging/0", "replay-unsafe-logging/1" ->
                    one(in + "System.out.println(\"" + tag + " handling \" + request.id());", "System.out.println(", "System.out.println()");
            case "replay-unsafe-logging/2" ->
                    one(in + "LOG.info(\"" + tag + " handling \" + request.id());", "LOG.info(", "java.util.logging.Logger.info()");
            case "shared-mutable-state/0" ->
                    one(in + "invocations" + i + "++;", "invocations" + i + "++", "static field write");
            default -> throw new IllegalArgumentException("no direct shape for " + rule + " " + variant);
        };
    }

    /** The statements that end a chain: {@code normalized} is the method's String local. */
    static Shape chainSink(String rule, int variant, String counter) {
        String in = "        ";
        return switch (rule + "/" + variant % variants(rule)) {
            case "nondeterministic-time/0", "nondeterministic-time/1" ->
                    sinkLine(in + "Instant at = Instant.now();", "Instant.now()", "Instant.now()", "at");
            case "nondeterministic-time/2" ->
                    sinkLine(in + "long stamp = System.currentTimeMillis();", "System.currentTimeMillis()", "System.currentTimeMillis()", "stamp");
            case "nondeterministic-time/3" ->
                    sinkLine(in + "LocalDate today = LocalDate.now();", "LocalDate.now()", "LocalDate.now()", "today");
            case "nondeterministic-random/0", "nondeterministic-random/1" ->
                    sinkLine(in + "double roll = Math.random();", "Math.random()", "Math.random()", "roll");
            case "nondeterministic-random/2" ->
                    sinkLine(in + "int pick = ThreadLocalRandom.current().nextInt(1000);", "ThreadLocalRandom.current()", "ThreadLocalRandom.current()", "pick");
            case "nondeterministic-random/3" ->
                    sinkLine(in + "int draw = new Random().nextInt(100);", "new Random()", "new Random()", "draw");
            case "nondeterministic-uuid/0" ->
                    sinkLine(in + "String token = UUID.randomUUID().toString();", "UUID.randomUUID()", "UUID.randomUUID()", "token");
            case "environment-read/0", "environment-read/1" ->
                    sinkLine(in + "String region = System.getenv(\"AWS_REGION\");", "System.getenv(", "System.getenv()", "region");
            case "environment-read/2" ->
                    sinkLine(in + "String mode = System.getProperty(\"acme.mode\", \"strict\");", "System.getProperty(", "System.getProperty()", "mode");
            case "side-effect-outside-step/0", "side-effect-outside-step/1" -> new Shape(List.of(
                    in + "List<String> overrides;",
                    in + "try {",
                    in + "    overrides = Files.readAllLines(Path.of(\"/etc/acme/overrides.txt\"));",
                    in + "} catch (IOException e) {",
                    in + "    throw new UncheckedIOException(e);",
                    in + "}"), 2, "Files.readAllLines(", "Files.readAllLines()", "overrides.size()");
            case "side-effect-outside-step/2" ->
                    sinkLine(in + "boolean locked = new File(\"/tmp/acme.lock\").exists();", ".exists()", "File.exists()", "locked");
            case "blocking-sleep/0", "blocking-sleep/1" -> new Shape(List.of(
                    in + "try {",
                    in + "    Thread.sleep(200);",
                    in + "} catch (InterruptedException e) {",
                    in + "    Thread.currentThread().interrupt();",
                    in + "}"), 1, "Thread.sleep(", "Thread.sleep()", "\"slept\"");
            case "blocking-sleep/2" -> new Shape(List.of(
                    in + "try {",
                    in + "    TimeUnit.MILLISECONDS.sleep(150);",
                    in + "} catch (InterruptedException e) {",
                    in + "    Thread.currentThread().interrupt();",
                    in + "}"), 1, "TimeUnit.MILLISECONDS.sleep(", "TimeUnit.sleep()", "\"paused\"");
            case "unmanaged-concurrency/0", "unmanaged-concurrency/1" ->
                    sinkLine(in + "CompletableFuture<String> pending = CompletableFuture.supplyAsync(() -> normalized.toUpperCase(Locale.ROOT));",
                            "CompletableFuture.supplyAsync(", "CompletableFuture.supplyAsync()", "pending.join()");
            case "unmanaged-concurrency/2" ->
                    sinkLine(in + "long parts = List.of(normalized.split(\"-\")).parallelStream().filter(part -> !part.isEmpty()).count();",
                            ".parallelStream()", "Collection.parallelStream()", "parts");
            case "replay-unsafe-logging/0", "replay-unsafe-logging/1" ->
                    sinkLine(in + "System.out.println(\"audit \" + normalized);", "System.out.println(", "System.out.println()", "\"logged\"");
            case "replay-unsafe-logging/2" ->
                    sinkLine(in + "Logger.getLogger(\"acme.audit\").info(\"audit \" + normalized);", ".info(", "java.util.logging.Logger.info()", "\"logged\"");
            case "shared-mutable-state/0" ->
                    sinkLine(in + counter + "++;", counter + "++", "static field write", "\"counted\"");
            default -> throw new IllegalArgumentException("no chain sink for " + rule + " " + variant);
        };
    }

    /**
     * A group-B hazard in {@code handleRequest}; {@code nameCall} is a call of a pure project method on a
     * String (for the unverified-name shape, which encodes its result with a JDK method the analysis
     * judges neither stable nor unstable: the pure method alone it would follow and prove stable).
     */
    static Shape structural(String rule, int i, String nameCall) {
        String in = "        ";
        return switch (rule) {
            case "captured-state-mutation" -> new Shape(List.of(
                    in + "List<String> seen" + i + " = new ArrayList<>();",
                    in + "String checked" + i + " = context.step(\"check-" + i + "\", String.class, stepCtx -> {",
                    in + "    seen" + i + ".add(request.id());",
                    in + "    return request.id();",
                    in + "});"), 2, "seen" + i + ".add(", "captured list mutated in a step body", null);
            case "nested-durable-operation" -> new Shape(List.of(
                    in + "String prepared" + i + " = context.step(\"prepare-" + i + "\", String.class, stepCtx -> {",
                    in + "    context.wait(\"warm-up-" + i + "\", Duration.ofSeconds(5));",
                    in + "    return request.id();",
                    in + "});"), 1, "context.wait(\"warm-up-" + i, "durable wait inside a step body", null);
            case "parent-context-in-child" -> new Shape(List.of(
                    in + "String child" + i + " = context.runInChildContext(\"child-" + i + "\", String.class, childCtx ->",
                    in + "        context.step(\"child-step-" + i + "\", String.class, stepCtx -> request.id()));"),
                    1, "context.step(\"child-step-" + i, "parent context used in a child context", null);
            case "nondeterministic-operation-name" -> new Shape(List.of(
                    in + "Object marker" + i + " = new Object();",
                    in + "String tagged" + i + " = context.step(\"tag-\" + marker" + i + ".hashCode(), String.class, stepCtx -> request.id());"),
                    1, "marker" + i + ".hashCode()", "identity hash code in an operation name", null);
            case "unverified-operation-name" -> new Shape(List.of(
                    in + "String named" + i + " = context.step(\"named-\" + java.net.URLEncoder.encode(" + nameCall
                            + ", java.nio.charset.StandardCharsets.UTF_8), String.class, stepCtx -> request.id());"),
                    0, "\"named-\" + ", "library encoding of a project method result in an operation name", null);
            case "duplicate-operation-name" -> new Shape(List.of(
                    in + "String first" + i + " = context.step(\"reload-" + i + "\", String.class, stepCtx -> request.id());",
                    in + "String again" + i + " = context.step(\"reload-" + i + "\", String.class, stepCtx -> first" + i + ");"),
                    1, "again" + i + " = context.step(\"reload-" + i, "the same constant name twice", null);
            case "unordered-iteration" -> new Shape(List.of(
                    in + "Set<String> regions" + i + " = new HashSet<>(items);",
                    in + "int batch" + i + " = 0;",
                    in + "for (String region : regions" + i + ") {",
                    in + "    context.step(\"sync-" + i + "-\" + batch" + i + ", String.class, stepCtx -> region);",
                    in + "    batch" + i + "++;",
                    in + "}"), 3, "context.step(\"sync-" + i + "-\"", "operations started while iterating a HashSet", null);
            case "swallowed-suspension" -> new Shape(List.of(
                    in + "String charged" + i + ";",
                    in + "try {",
                    in + "    charged" + i + " = context.step(\"charge-" + i + "\", String.class, stepCtx -> request.id());",
                    in + "} catch (Throwable failure) {",
                    in + "    charged" + i + " = \"unpaid\";",
                    in + "}"), 3, "catch (Throwable failure)", "catch of Throwable around a step", null);
            default -> throw new IllegalArgumentException("no structural shape for " + rule);
        };
    }

    private static Shape one(String line, String call, String sink) {
        return new Shape(List.of(line), 0, call, sink, null);
    }

    private static Shape sinkLine(String line, String call, String sink, String value) {
        return new Shape(List.of(line), 0, call, sink, value);
    }

    private static Shape sleep(String in, String statement, String call, String sink) {
        return new Shape(List.of(
                in + "try {",
                in + "    " + statement,
                in + "} catch (InterruptedException e) {",
                in + "    Thread.currentThread().interrupt();",
                in + "    throw new IllegalStateException(\"interrupted\", e);",
                in + "}"), 1, call, sink, null);
    }
}
