package dev.durablecheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The {@code library} scenario: the sources of Apache Commons Lang 3 (about 260 files and 100 k lines),
 * fetched through Maven, with six handlers that call into it, mostly for pure string, array and number
 * helpers. They plant 20 hazards: 9 written in orchestration code and 11 reached only through the
 * library, each at a call whose body in commons-lang3 reaches a JDK clock, random, environment, file,
 * thread pool or {@code System.err} through static calls, constructors and calls on concrete types,
 * which durable-check follows into any non-JDK sources in the tree. Each such hazard's {@code sink}
 * names the offending API and the library method it is in.
 */
final class LibraryScenario {

    static final String ARTIFACT = "org.apache.commons:commons-lang3:3.20.0:jar:sources";
    private static final String JAR = "commons-lang3-3.20.0-sources.jar";
    /** The version bench/pom.xml manages, named in full: run outside a project, Maven would look the newest up. */
    private static final String COPY = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy";

    private static final String LANG = "org.apache.commons.lang3.";

    /** Types the files use that {@link Imports#JDK} does not name. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("Date", "java.util.Date"),
            Map.entry("TimeZone", "java.util.TimeZone"),
            Map.entry("StringUtils", LANG + "StringUtils"),
            Map.entry("Strings", LANG + "Strings"),
            Map.entry("Validate", LANG + "Validate"),
            Map.entry("SystemUtils", LANG + "SystemUtils"),
            Map.entry("SystemProperties", LANG + "SystemProperties"),
            Map.entry("ArrayUtils", LANG + "ArrayUtils"),
            Map.entry("ThreadUtils", LANG + "ThreadUtils"),
            Map.entry("RandomStringUtils", LANG + "RandomStringUtils"),
            Map.entry("BooleanUtils", LANG + "BooleanUtils"),
            Map.entry("ObjectUtils", LANG + "ObjectUtils"),
            Map.entry("RuntimeEnvironment", LANG + "RuntimeEnvironment"),
            Map.entry("Range", LANG + "Range"),
            Map.entry("StopWatch", LANG + "time.StopWatch"),
            Map.entry("DurationUtils", LANG + "time.DurationUtils"),
            Map.entry("DateFormatUtils", LANG + "time.DateFormatUtils"),
            Map.entry("ExceptionUtils", LANG + "exception.ExceptionUtils"),
            Map.entry("CallableBackgroundInitializer", LANG + "concurrent.CallableBackgroundInitializer"),
            Map.entry("ConcurrentException", LANG + "concurrent.ConcurrentException"),
            Map.entry("NumberUtils", LANG + "math.NumberUtils"),
            Map.entry("MutableInt", LANG + "mutable.MutableInt"),
            Map.entry("Pair", LANG + "tuple.Pair"));

    private LibraryScenario() {
    }

    static ScenarioTree tree() {
        return tree(root -> fetch(root.resolve("download")));
    }

    /** The scenario over the sources jar {@code archive} finds (a test's stands in for Maven's). */
    static ScenarioTree tree(ScenarioTree.Archive archive) {
        return new ScenarioTree("library", "Apache Commons Lang 3.20.0 (`" + ARTIFACT + "`)", ARTIFACT, archive, "", files(), TYPES,
                "the library only, 1 to 3 calls deep");
    }

    /** Copies the sources jar into {@code folder} with Maven, from the local repository or Maven Central. */
    private static Path fetch(Path folder) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Path log = folder.resolve("mvn.log");
        int code = new ProcessBuilder("mvn", "-q", "-B", "-Dstyle.color=never", COPY, "-Dartifact=" + ARTIFACT,
                "-DoutputDirectory=" + folder.toAbsolutePath())
                .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(log.toFile())
                .start().waitFor();
        Path jar = folder.resolve(JAR);
        if (code != 0 || !Files.isRegularFile(jar)) {
            throw new IOException("mvn " + COPY + " -Dartifact=" + ARTIFACT + " exited with " + code + " and wrote no " + jar + ":\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return jar;
    }

    private static List<ScriptedFile> files() {
        return List.of(ledgerClose(), payoutSchedule(), accountAudit(), putAway(), cacheWarmUp(), statementRender());
    }

    private static ScriptedFile ledgerClose() {
        return ScriptedFile.of(ScenarioTree.HANDLERS, "LedgerCloseHandler", """
                /** Closes an order's ledger: one padded line per account. */
                public class LedgerCloseHandler extends DurableHandler<OrderRequest, String> {

                    @Override
                    public String handleRequest(OrderRequest request, DurableContext context) {
                        Validate.notBlank(request.id(), "order id");
                        StopWatch watch = StopWatch.createStarted();
                        String ledger = StringUtils.defaultIfBlank(request.region(), "global").toUpperCase(Locale.ROOT);
                        List<String> accounts = request.items().stream()
                                .map(StringUtils::normalizeSpace)
                                .filter(StringUtils::isNotEmpty)
                                .map(account -> StringUtils.leftPad(StringUtils.substringBefore(account, ' '), 10, '0'))
                                .sorted()
                                .toList();
                        String host = SystemUtils.getHostName();
                        Instant openedAt = Instant.now();
                        String header = StringUtils.abbreviate(ledger, 12) + "/" + Objects.toString(host, "local");
                        String closed = context.step("close-ledger", String.class, stepCtx -> header + ":" + StringUtils.join(accounts, ","));
                        String timing = context.step("ledger-timing", String.class, stepCtx -> watch.formatTime());
                        context.wait("ledger-settle", Duration.ofMinutes(5));
                        return context.step("finish-ledger", String.class, stepCtx -> closed + " in " + timing + " from " + openedAt.getEpochSecond());
                    }
                }
                """)
                .chained("nondeterministic-time", 2, "StopWatch.createStarted()", "System.nanoTime() and Instant.now() in StopWatch.start()")
                .chained("environment-read", 1, "SystemUtils.getHostName()", "System.getenv() in SystemUtils.getHostName()")
                .direct("nondeterministic-time", "openedAt = Instant.now()", "Instant.now()")
                .quiet("watch.formatTime()", "inside a step body");
    }

    private static ScriptedFile payoutSchedule() {
        return ScriptedFile.of(ScenarioTree.HANDLERS, "PayoutScheduleHandler", """
                /** Schedules the payout of an accepted order on a day of the month. */
                public class PayoutScheduleHandler extends DurableHandler<OrderRequest, String> {

                    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

                    @Override
                    public String handleRequest(OrderRequest request, DurableContext context) {
                        Instant acceptedAt = context.step("accepted-at", Instant.class, stepCtx -> Instant.now());
                        Duration waited = DurationUtils.since(acceptedAt);
                        Range<Integer> payoutDays = Range.of(1, 28);
                        int day = payoutDays.fit(NumberUtils.toInt(StringUtils.getDigits(request.customer()), 15));
                        String month = DateFormatUtils.format(Date.from(acceptedAt), "yyyy-MM", UTC, Locale.ROOT);
                        String due = month + "-" + StringUtils.leftPad(String.valueOf(day), 2, '0');
                        try {
                            ThreadUtils.sleep(Duration.ofMillis(250));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException("interrupted", e);
                        }
                        String payoutId = UUID.randomUUID().toString();
                        String scheduled = context.step("schedule-payout", String.class,
                                stepCtx -> payoutId + " due " + due + " after " + waited.toMinutes() + " min");
                        context.wait("payout-day", Duration.ofDays(1));
                        return context.step("finish-payout", String.class, stepCtx -> scheduled);
                    }
                }
                """)
                .chained("nondeterministic-time", 1, "DurationUtils.since(acceptedAt)", "Instant.now() in DurationUtils.since(Temporal)")
                .chained("blocking-sleep", 1, "ThreadUtils.sleep(", "Thread::sleep in ThreadUtils.sleep(Duration)")
                .direct("nondeterministic-uuid", "payoutId = UUID.randomUUID()", "UUID.randomUUID()")
                .quiet("stepCtx -> Instant.now()", "inside a step body")
                .quiet("DateFormatUtils.format(", "a given date in a given time zone and locale: the library's Calendar.getInstance "
                        + "is overwritten by setTime, its TimeZone.getDefault and Locale.getDefault run only for null arguments");
    }

    private static ScriptedFile accountAudit() {
        return ScriptedFile.of(ScenarioTree.HANDLERS, "AccountAuditHandler", """
                /** Audits the accounts of an order against the amount it claims. */
                public class AccountAuditHandler extends DurableHandler<OrderRequest, String> {

                    @Override
                    public String handleRequest(OrderRequest request, DurableContext context) {
                        String stage = SystemUtils.getEnvironmentVariable("LEDGER_STAGE", "prod");
                        String workDir = SystemProperties.getUserDir();
                        String auditor = System.getenv("AUDITOR");
                        List<Pair<String, BigDecimal>> claims = new ArrayList<>();
                        for (String item : request.items()) {
                            String account = StringUtils.substringBefore(item, "=");
                            String amount = StringUtils.substringAfter(item, "=");
                            try {
                                claims.add(Pair.of(StringUtils.strip(account), new BigDecimal(StringUtils.strip(amount))));
                            } catch (NumberFormatException failure) {
                                ExceptionUtils.printRootCauseStackTrace(failure);
                            }
                        }
                        BigDecimal claimed = claims.stream().map(Pair::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
                        boolean balanced = Objects.requireNonNullElse(request.amount(), BigDecimal.ZERO).compareTo(claimed) == 0;
                        System.out.println("audit " + request.id() + " balanced=" + BooleanUtils.toStringYesNo(balanced));
                        String audited = context.step("record-audit", String.class,
                                stepCtx -> StringUtils.joinWith(";", stage, workDir, ObjectUtils.firstNonNull(auditor, "robot"), claims.size(), claimed));
                        context.wait("audit-review", Duration.ofHours(4));
                        return context.step("finish-audit", String.class, stepCtx -> audited);
                    }
                }
                """)
                .chained("environment-read", 1, "SystemUtils.getEnvironmentVariable(",
                        "System.getenv() in SystemUtils.getEnvironmentVariable(String, String)")
                .chained("environment-read", 3, "SystemProperties.getUserDir()",
                        "System.getProperty() in SystemProperties.getProperty(String, Supplier)")
                .chained("replay-unsafe-logging", 1, "ExceptionUtils.printRootCauseStackTrace(",
                        "System.err in ExceptionUtils.printRootCauseStackTrace(Throwable)")
                .direct("environment-read", "System.getenv(\"AUDITOR\")", "System.getenv()")
                .direct("replay-unsafe-logging", "System.out.println(\"audit \"", "System.out.println()");
    }

    private static ScriptedFile putAway() {
        return ScriptedFile.of(ScenarioTree.HANDLERS, "PutAwayHandler", """
                /** Puts the items of an order away to warehouse slots, heaviest first. */
                public class PutAwayHandler extends DurableHandler<OrderRequest, String> {

                    @Override
                    public String handleRequest(OrderRequest request, DurableContext context) {
                        int[] weights = request.items().stream().mapToInt(item -> StringUtils.countMatches(item, '#') + item.length()).toArray();
                        int[] ranked = ArrayUtils.clone(weights);
                        Arrays.sort(ranked);
                        ArrayUtils.reverse(ranked);
                        ArrayUtils.shuffle(weights);
                        int spare = new Random().nextInt(Math.max(1, weights.length));
                        MutableInt heavy = new MutableInt();
                        for (int weight : ranked) {
                            if (weight > 20) {
                                heavy.increment();
                            }
                        }
                        String slots = StringUtils.join(ArrayUtils.toObject(weights), '-');
                        int heavyCount = heavy.intValue();
                        String batchCode = context.step("batch-code", String.class, stepCtx -> RandomStringUtils.secure().nextAlphanumeric(10));
                        String stored = context.step("put-away", String.class, stepCtx -> batchCode + ":" + slots + ":" + heavyCount + ":" + spare);
                        context.wait("put-away-done", Duration.ofMinutes(3));
                        return context.step("finish-put-away", String.class, stepCtx -> stored);
                    }
                }
                """)
                .chained("nondeterministic-random", 2, "ArrayUtils.shuffle(weights)", "ThreadLocalRandom.current() in ArrayUtils.random()")
                .direct("nondeterministic-random", "new Random().nextInt(", "new Random()")
                .quiet("RandomStringUtils.secure().nextAlphanumeric(10)", "inside a step body");
    }

    private static ScriptedFile cacheWarmUp() {
        return ScriptedFile.of(ScenarioTree.HANDLERS, "CacheWarmUpHandler", """
                /** Warms the caches an order's fulfilment reads, in the background, and picks the cache tier. */
                public class CacheWarmUpHandler extends DurableHandler<OrderRequest, String> {

                    @Override
                    public String handleRequest(OrderRequest request, DurableContext context) {
                        Boolean containerised = RuntimeEnvironment.inContainer();
                        CallableBackgroundInitializer<String> warmUp = new CallableBackgroundInitializer<>(() -> StringUtils.reverse(request.id()));
                        warmUp.start();
                        try {
                            Thread.sleep(100);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException("interrupted", e);
                        }
                        String tier = BooleanUtils.isTrue(containerised) ? "sidecar" : "remote";
                        List<String> keys = request.items().stream().map(item -> Strings.CS.prependIfMissing(item, "cache:")).toList();
                        String warmed = context.step("warm-caches", String.class, stepCtx -> {
                            try {
                                return warmUp.get() + "@" + tier + ":" + keys.size();
                            } catch (ConcurrentException e) {
                                throw new IllegalStateException(e);
                            }
                        });
                        context.wait("caches-settle", Duration.ofSeconds(20));
                        return context.step("finish-warm-up", String.class, stepCtx -> warmed);
                    }
                }
                """)
                .chained("side-effect-outside-step", 3, "RuntimeEnvironment.inContainer()",
                        "Files.readAllBytes() in RuntimeEnvironment.readFile(String, String)")
                .chained("environment-read", 3, "RuntimeEnvironment.inContainer()",
                        "Charset.defaultCharset() in RuntimeEnvironment.readFile(String, String)")
                .chained("unmanaged-concurrency", 1, "warmUp.start()", "ExecutorService.submit() in BackgroundInitializer.start()")
                .direct("blocking-sleep", "Thread.sleep(100)", "Thread.sleep()");
    }

    private static ScriptedFile statementRender() {
        return ScriptedFile.of(ScenarioTree.HANDLERS, "StatementRenderHandler", """
                /** Renders the statement of an order as fixed-width text. */
                public class StatementRenderHandler extends DurableHandler<OrderRequest, String> {

                    @Override
                    public String handleRequest(OrderRequest request, DurableContext context) {
                        long renderStartMs = System.currentTimeMillis();
                        LocalDateTime printedAt = LocalDateTime.now();
                        String title = StringUtils.center(StringUtils.capitalize(StringUtils.lowerCase(request.customer())), 40, '*');
                        List<String> rows = new ArrayList<>();
                        for (String item : request.items()) {
                            String[] cells = StringUtils.split(item, ',');
                            String name = StringUtils.rightPad(StringUtils.abbreviate(cells.length > 0 ? cells[0] : "", 24), 24);
                            String amount = StringUtils.leftPad(cells.length > 1 ? StringUtils.trimToEmpty(cells[1]) : "0", 10);
                            rows.add(name + amount);
                        }
                        String body = StringUtils.join(rows, "|");
                        System.out.println("statement " + request.id() + ": " + rows.size() + " rows");
                        String rule = StringUtils.repeat('-', 34);
                        String rendered = context.step("render-statement", String.class,
                                stepCtx -> String.join("|", title, rule, body, rule, printedAt.toString(), Long.toString(renderStartMs)));
                        context.wait("statement-review", Duration.ofHours(2));
                        return context.step("finish-statement", String.class, stepCtx -> StringUtils.truncate(rendered, 4000));
                    }
                }
                """)
                .direct("nondeterministic-time", "System.currentTimeMillis()", "System.currentTimeMillis()")
                .direct("nondeterministic-time", "LocalDateTime.now()", "LocalDateTime.now()")
                .direct("replay-unsafe-logging", "System.out.println(\"statement \"", "System.out.println()");
    }
}
