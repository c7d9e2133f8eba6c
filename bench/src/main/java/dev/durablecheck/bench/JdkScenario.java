package dev.durablecheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The {@code jdk} scenario: the {@code java.base} sources of a JDK's {@code src.zip} (about 3,100 files
 * and 1.2 M lines), which every JDK type the handlers use resolves into, with eight handlers that use
 * JDK APIs heavily (streams and collectors, {@code java.time} formatting, {@code String.format},
 * {@code StringBuilder}, regular expressions, {@code Optional}, {@code BigDecimal}, digests) and plant
 * 20 hazards: 14 written in orchestration code, 6 reached through the project helper {@code Receipts}.
 * durable-check judges {@code java.*} by its catalog and never follows into it, so every hazard is
 * reported at a handler's line; what the JDK's sources cost is the resolution of the types around them.
 */
final class JdkScenario {

    private static final String SUPPORT = ScenarioTree.HANDLERS + ".support";

    /** Types the files use that {@link Imports#JDK} does not name. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("DateTimeFormatter", "java.time.format.DateTimeFormatter"),
            Map.entry("ZonedDateTime", "java.time.ZonedDateTime"),
            Map.entry("ZoneOffset", "java.time.ZoneOffset"),
            Map.entry("ChronoUnit", "java.time.temporal.ChronoUnit"),
            Map.entry("Pattern", "java.util.regex.Pattern"),
            Map.entry("Matcher", "java.util.regex.Matcher"),
            Map.entry("MathContext", "java.math.MathContext"),
            Map.entry("NumberFormat", "java.text.NumberFormat"),
            Map.entry("MessageDigest", "java.security.MessageDigest"),
            Map.entry("NoSuchAlgorithmException", "java.security.NoSuchAlgorithmException"),
            Map.entry("HexFormat", "java.util.HexFormat"),
            Map.entry("Base64", "java.util.Base64"),
            Map.entry("StringJoiner", "java.util.StringJoiner"),
            Map.entry("StandardCharsets", "java.nio.charset.StandardCharsets"),
            Map.entry("StandardOpenOption", "java.nio.file.StandardOpenOption"),
            Map.entry("IntStream", "java.util.stream.IntStream"),
            Map.entry("IntSummaryStatistics", "java.util.IntSummaryStatistics"),
            Map.entry("BitSet", "java.util.BitSet"),
            Map.entry("CRC32", "java.util.zip.CRC32"));

    private JdkScenario() {
    }

    /** Where a JDK keeps its sources: {@code lib/src.zip} of the running JVM's home. */
    static Path runningJdkSources() {
        return Path.of(System.getProperty("java.home"), "lib", "src.zip");
    }

    static ScenarioTree tree(Path srcZip) {
        Path zip = srcZip.toAbsolutePath().normalize();
        String identity;
        try {
            identity = "java.base of " + zip + " (" + Files.size(zip) + " bytes)";
        } catch (IOException e) {
            identity = "java.base of " + zip + " (missing)";
        }
        ScenarioTree.Archive archive = root -> {
            if (!Files.isRegularFile(zip)) {
                throw new IOException("no JDK sources at " + zip + ": install them (on Debian and Ubuntu the package "
                        + "openjdk-17-source) or name a src.zip with JDK_SRC_ZIP");
            }
            return zip;
        };
        return new ScenarioTree("jdk", "`java.base` from `" + zip + "`", identity, archive, "java.base/", files(), TYPES,
                "the project helper `Receipts`, 1 or 2 calls deep");
    }

    private static List<ScriptedFile> files() {
        return List.of(receipts(), invoiceRollup(), catalogImport(), pricingQuote(), shipmentTracking(), reportDigest(),
                loyaltyPoints(), refundReview(), settlementBatch());
    }

    private static ScriptedFile receipts() {
        return ScriptedFile.of(SUPPORT, "Receipts", """
                /** Stamps, settings, messages and digests the handlers share. */
                public final class Receipts {

                    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);

                    private Receipts() {
                    }

                    /** A receipt stamp: the id and the local time it was issued at. */
                    public static String stamp(String id) {
                        return id + "@" + LocalDateTime.now().format(STAMP);
                    }

                    /** The region the function runs in. */
                    public static String region() {
                        return setting("AWS_REGION", "eu-west-1");
                    }

                    private static String setting(String name, String fallback) {
                        String value = System.getenv(name);
                        return value == null || value.isBlank() ? fallback : value;
                    }

                    /** Tells the operators' console. */
                    public static void announce(String message) {
                        print(String.format(Locale.ROOT, "[receipts] %s", message));
                    }

                    private static void print(String line) {
                        System.out.println(line);
                    }

                    /** A fresh nonce for an outgoing document. */
                    public static String nonce() {
                        return UUID.randomUUID().toString().replace("-", "");
                    }

                    /** Gives a downstream system time to catch up. */
                    public static void pause(Duration duration) {
                        try {
                            TimeUnit.MILLISECONDS.sleep(duration.toMillis());
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException("interrupted", e);
                        }
                    }

                    /** Appends a line to the local settlement log. */
                    public static void archive(String line) {
                        try {
                            Files.write(Path.of("/tmp/acme-settlements.log"), List.of(line), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }

                    /** When a record was audited: step bodies call this, orchestration code never does. */
                    public static Instant auditedAt() {
                        return Instant.now();
                    }

                    /** SHA-256 of a text in hex: the same on every replay. */
                    public static String fingerprint(String text) {
                        try {
                            MessageDigest sha = MessageDigest.getInstance("SHA-256");
                            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
                        } catch (NoSuchAlgorithmException e) {
                            throw new IllegalStateException("no SHA-256", e);
                        }
                    }

                    /** The sum of amounts, to the cent. */
                    public static BigDecimal total(Collection<BigDecimal> amounts) {
                        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_EVEN);
                    }
                }
                """)
                .quiet("return Instant.now();", "ordinary method called only from step bodies");
    }

    private static ScriptedFile invoiceRollup() {
        return ScriptedFile.of(ScenarioTree.HANDLERS, "InvoiceRollupHandler", """
                /** Rolls the lines of an order up into one invoice per SKU. */
                public class InvoiceRollupHandler extends DurableHandler<OrderRequest, String> {

                    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

                    @Override
                    public String handleRequest(OrderRequest request, DurableContext context) {
                        List<String> lines = request.items().stream()
                                .map(String::strip)
                                .filter(line -> !line.isEmpty())
                                .sorted(Comparator.naturalOrder())
                                .collect(Collectors.toList());
                        Instant receivedAt = Instant.now();
                        System.out.println(String.format(Locale.ROOT, "rollup %s: %d lines", request.id(), lines.size()));
                        Map<String, BigDecimal> bySku = new TreeMap<>();
                        for (String line : lines) {
                            String[] parts = line.split(":", 2);
                            BigDecimal amount = parts.length > 1 ? new BigDecimal(parts[1].trim()) : BigDecimal.ONE;
                            bySku.merge(parts[0].toUpperCase(Locale.ROOT), amount, BigDecimal::add);
                        }
                        BigDecimal total = Receipts.total(bySku.values());
                        String stamp = Receipts.stamp(request.id());
                        String day = context.step("invoice-day", String.class, stepCtx -> LocalDate.now(ZoneOffset.UTC).format(DAY));
                        StringBuilder summary = new StringBuilder();
                        bySku.forEach((sku, amount) -> summary.append(sku).append('=').append(amount.toPlainString()).append(';'));
                        String invoice = summary.append("total=").append(total.toPlainString()).toString();
                        String saved = context.step("save-invoice", String.class, stepCtx -> Receipts.fingerprint(invoice));
                        context.wait("settle-invoice", Duration.ofMinutes(5));
                        return context.step("finish-invoice", String.class,
                                stepCtx -> saved + "@" + day + "#" + stamp + "/" + receivedAt.getEpochSecond());
                    }
                }
                """)
                .direct("nondeterministic-time", "receivedAt = Instant.now()", "Instant.now()")
                .direct("replay-unsafe-logging", "System.out.println(String.format(", "System.out.println()")
                .chained("nondeterministic-time", 1, "Receipts.stamp(request.id())", "LocalDateTime.now() in Receipts.stamp(String)")
                .quiet("LocalDate.now(ZoneOffset.UTC)", "inside a step body");
    }

    private static ScriptedFile catalogImport() {
        return ScriptedFile.of(ScenarioTree.HANDLERS, "CatalogImportHandler", """
                /** Imports the SKUs of an order into the catalogue, grouped by their prefix. */
                public class CatalogImportHandler extends DurableHandler<OrderRequest, String> {

                    private static final Pattern SKU = Pattern.compile("([A-Z]{2,4})-([0-9]{3,6})");

                    @Override
                    public String handleRequest(OrderRequest request, DurableContext context) {
                        String bucket = System.getenv("CATALOG_BUCKET");
                        Map<String, List<String>> byPrefix = new TreeMap<>();
                        for (String item : request.items()) {
                            Matcher sku = SKU.matcher(item.strip().toUpperCase(Locale.ROOT));
                            if (sku.matches()) {
                                byPrefix.computeIfAbsent(sku.group(1), prefix -> new ArrayList<>()).add(sku.group(2));
                            }
                        }
                        List<String> overrides;
                        try {
                            overrides = Files.readAllLines(Path.of("/etc/acme/catalog-overrides.txt"));
                        } catch (IOException e) {
                            overrides = List.of();
                        }
                        Set<String> skipped = new TreeSet<>(overrides);
                        StringBuilder manifest = new StringBuilder(bucket == null ? "local" : bucket);
                        byPrefix.forEach((prefix, numbers) -> {
                            if (!skipped.contains(prefix)) {
                                manifest.append('|').append(prefix).append(':').append(String.join(",", numbers));
                            }
                        });
                        String text = manifest.toString();
                        String imported = context.step("import-catalog", String.class, stepCtx -> text.replaceAll("[^A-Za-z0-9|:,-]", ""));
                        String reindexed = context.step("reindex", String.class, stepCtx -> {
                            try {
                                Thread.sleep(500);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return imported.toLowerCase(Locale.ROOT);
                        });
                        context.wait("settle-catalog", Duration.ofSeconds(30));
                        return context.step("finish-catalog", String.class, stepCtx -> reindexed + " " + byPrefix.keySet());
                    }
                }
                """)
                .direct("environment-read", "System.getenv(\"CATALOG_BUCKET\")", "System.getenv()")
                .direct("side-effect-outside-step", "Files.readAllLines(", "Files.readAllLines()")
                .quiet("Thread.sleep(500)", "inside a step body");
    }

    private static ScriptedFile pricingQuote() {
        return ScriptedFile.of(ScenarioTree.HANDLERS, "PricingQuoteHandler", """
                /** Quotes the price of an order with the tax of its region. */
                public class PricingQuoteHandler extends DurableHandler<OrderRequest, String> {

                    @Override
                    public String handleRequest(OrderRequest request, DurableContext context) {
                        BigDecimal base = Optional.ofNullable(request.amount()).orElse(BigDecimal.ZERO);
                        int jitter = new Random().nextInt(100);
                        double sample = Math.random();
                        String region = Receipts.region();
                        BigDecimal rate = switch (Optional.ofNullable(request.region()).orElse(region).toLowerCase(Locale.ROOT)) {
                            case "us" -> new BigDecimal("0.0725");
                            case "eu", "eu-west-1" -> new BigDecimal("0.2000");
                            default -> new BigDecimal("0.1000");
                        };
                        BigDecimal discount = jitter > 90 || sample < 0.05 ? new BigDecimal("0.95") : BigDecimal.ONE;
                        BigDecimal quoted = base.multiply(BigDecimal.ONE.add(rate), MathContext.DECIMAL64)
                                .multiply(discount)
                                .setScale(2, RoundingMode.HALF_UP);
                        Random seeded = new Random(request.id().hashCode());
                        int bucket = seeded.nextInt(16);
                        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.US);
                        String quote = context.step("price-quote", String.class,
                                stepCtx -> money.format(quoted) + " bucket " + bucket + " " + request.customer());
                        context.wait("hold-quote", Duration.ofMinutes(15));
                        return context.step("finish-quote", String.class, stepCtx -> quote.strip());
                    }
                }
                """)
                .direct("nondeterministic-random", "new Random().nextInt(100)", "new Random()")
                .direct("nondeterministic-random", "Math.random()", "Math.random()")
                .chained("environment-read", 2, "Receipts.region()", "System.getenv() in Receipts.setting(String, String)")
                .quiet("new Random(request.id().hashCode())", "a Random seeded from the request");
    }

    private static ScriptedFile shipmentTracking() {
        return ScriptedFile.of(ScenarioTree.HANDLERS, "ShipmentTrackingHandler", """
                /** Follows the scans of a shipment and reports its transit time. */
                public class ShipmentTrackingHandler extends DurableHandler<OrderRequest, String> {

                    @Override
                    public String handleRequest(OrderRequest request, DurableContext context) {
                        List<ZonedDateTime> scans = request.items().stream()
                                .map(item -> ZonedDateTime.parse(item.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                                .sorted()
                                .toList();
                        long transitHours = scans.size() < 2 ? 0 : ChronoUnit.HOURS.between(scans.get(0), scans.get(scans.size() - 1));
                        long checkedAtMs = System.currentTimeMillis();
                        String trackingRef = UUID.randomUUID().toString();
                        Receipts.announce("tracking " + request.id() + " after " + transitHours + " h");
                        Optional<ZonedDateTime> lastScan = scans.isEmpty() ? Optional.empty() : Optional.of(scans.get(scans.size() - 1));
                        String last = lastScan.map(scan -> scan.withZoneSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))
                                .orElse("none");
                        String token = context.step("tracking-token", String.class, stepCtx -> UUID.randomUUID().toString());
                        String status = transitHours > 72 ? "late" : transitHours > 24 ? "on-time" : "express";
                        String reported = context.step("report-tracking", String.class,
                                stepCtx -> String.join(";", trackingRef, token, status, last, Long.toString(checkedAtMs)));
                        context.wait("next-scan", Duration.ofHours(1));
                        return context.step("finish-tracking", String.class, stepCtx -> reported);
                    }
                }
                """)
                .direct("nondeterministic-time", "System.currentTimeMillis()", "System.currentTimeMillis()")
                .direct("nondeterministic-uuid", "trackingRef = UUID.randomUUID()", "UUID.randomUUID()")
                .chained("replay-unsafe-logging", 2, "Receipts.announce(", "System.out.println() in Receipts.print(String)")
                .quiet("stepCtx -> UUID.randomUUID()", "inside a step body");
    }

    private static ScriptedFile reportDigest() {
        return ScriptedFile.of(ScenarioTree.HANDLERS, "ReportDigestHandler", """
                /** Builds the signed digest of a customer's order report. */
                public class ReportDigestHandler extends DurableHandler<OrderRequest, String> {

                    @Override
                    public String handleRequest(OrderRequest request, DurableContext context) {
                        StringJoiner report = new StringJoiner(",", "[", "]");
                        request.items().stream()
                                .map(item -> item.strip().toLowerCase(Locale.ROOT))
                                .distinct()
                                .sorted(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()))
                                .forEach(report::add);
                        String body = report.toString();
                        CompletableFuture<String> prefetch = CompletableFuture.supplyAsync(() -> request.customer().strip());
                        String stage = System.getProperty("acme.stage", "prod");
                        String nonce = Receipts.nonce();
                        String fingerprint = Receipts.fingerprint(body + "|" + stage);
                        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(body.getBytes(StandardCharsets.UTF_8));
                        String lengths = request.items().stream().map(String::length).map(String::valueOf).collect(Collectors.joining("+"));
                        String signed = context.step("sign-digest", String.class,
                                stepCtx -> String.format(Locale.ROOT, "%s.%s.%s", fingerprint, nonce, lengths));
                        context.wait("publish-window", Duration.ofMinutes(2));
                        return context.step("finish-digest", String.class, stepCtx -> signed + "." + encoded + "." + prefetch.join());
                    }
                }
                """)
                .direct("unmanaged-concurrency", "CompletableFuture.supplyAsync(", "CompletableFuture.supplyAsync()")
                .direct("environment-read", "System.getProperty(\"acme.stage\"", "System.getProperty()")
                .chained("nondeterministic-uuid", 1, "Receipts.nonce()", "UUID.randomUUID() in Receipts.nonce()");
    }

    private static ScriptedFile loyaltyPoints() {
        return ScriptedFile.of(ScenarioTree.HANDLERS, "LoyaltyPointsHandler", """
                /** Credits the loyalty points an order earns. */
                public class LoyaltyPointsHandler extends DurableHandler<OrderRequest, String> {

                    @Override
                    public String handleRequest(OrderRequest request, DurableContext context) {
                        int[] points = request.items().stream().mapToInt(item -> item.strip().length() * 10).toArray();
                        IntSummaryStatistics stats = IntStream.of(points).summaryStatistics();
                        Map<Boolean, List<String>> bigAndSmall = request.items().stream()
                                .collect(Collectors.partitioningBy(item -> item.length() > 8));
                        long doubled = request.items().parallelStream().filter(item -> item.startsWith("PROMO")).count();
                        int surprise = ThreadLocalRandom.current().nextInt(10);
                        int earned = IntStream.range(0, points.length)
                                .map(i -> i % 3 == 0 ? points[i] * 2 : points[i])
                                .sum() + (int) doubled * 50 + surprise;
                        String tier = stats.getMax() > 200 ? "gold" : stats.getAverage() > 50 ? "silver" : "bronze";
                        String credited = context.step("credit-points", String.class,
                                stepCtx -> String.format(Locale.ROOT, "%s:%d:%s:%d", request.customer(), earned, tier,
                                        bigAndSmall.get(Boolean.TRUE).size()));
                        context.wait("points-visible", Duration.ofMinutes(1));
                        return context.step("finish-points", String.class, stepCtx -> credited);
                    }
                }
                """)
                .direct("unmanaged-concurrency", ".parallelStream()", "Collection.parallelStream()")
                .direct("nondeterministic-random", "ThreadLocalRandom.current()", "ThreadLocalRandom.current()");
    }

    private static ScriptedFile refundReview() {
        return ScriptedFile.of(ScenarioTree.HANDLERS, "RefundReviewHandler", """
                /** Reviews the refund claims of an order, oldest first. */
                public class RefundReviewHandler extends DurableHandler<OrderRequest, String> {

                    private record Claim(String item, LocalDate filed, BigDecimal amount) {
                    }

                    @Override
                    public String handleRequest(OrderRequest request, DurableContext context) {
                        List<Claim> claims = new ArrayList<>();
                        for (String item : request.items()) {
                            String[] parts = item.split(";");
                            if (parts.length == 3) {
                                claims.add(new Claim(parts[0], LocalDate.parse(parts[1]), new BigDecimal(parts[2])));
                            }
                        }
                        claims.sort(Comparator.comparing(Claim::filed).thenComparing(Claim::item));
                        LocalDate today = LocalDate.now();
                        Set<String> stale = new TreeSet<>();
                        for (Claim claim : claims) {
                            if (claim.filed().plusDays(30).isBefore(today)) {
                                stale.add(claim.item());
                            }
                        }
                        Receipts.pause(Duration.ofMillis(200));
                        Optional<Claim> largest = claims.stream().max(Comparator.comparing(Claim::amount));
                        String decision = largest.filter(claim -> claim.amount().compareTo(new BigDecimal("500")) > 0)
                                .map(claim -> "manual:" + claim.item())
                                .orElse("auto");
                        Instant audited = context.step("audit-refund", Instant.class, stepCtx -> Receipts.auditedAt());
                        String reviewed = context.step("review-refund", String.class,
                                stepCtx -> decision + " stale=" + String.join(",", stale) + " at " + audited);
                        context.wait("refund-cooling-off", Duration.ofDays(1));
                        return context.step("finish-refund", String.class, stepCtx -> reviewed);
                    }
                }
                """)
                .direct("nondeterministic-time", "LocalDate.now()", "LocalDate.now()")
                .chained("blocking-sleep", 1, "Receipts.pause(", "TimeUnit.sleep() in Receipts.pause(Duration)");
    }

    private static ScriptedFile settlementBatch() {
        return ScriptedFile.of(ScenarioTree.HANDLERS, "SettlementBatchHandler", """
                /** Settles the payments of an order in batches, with a checksum per batch. */
                public class SettlementBatchHandler extends DurableHandler<OrderRequest, String> {

                    @Override
                    public String handleRequest(OrderRequest request, DurableContext context) {
                        Deque<String> pending = new ArrayDeque<>(request.items());
                        BitSet settled = new BitSet(pending.size());
                        List<String> batches = new ArrayList<>();
                        int index = 0;
                        while (!pending.isEmpty()) {
                            StringBuilder batch = new StringBuilder();
                            for (int k = 0; k < 3 && !pending.isEmpty(); k++, index++) {
                                batch.append(pending.pollFirst()).append(' ');
                                settled.set(index);
                            }
                            CRC32 checksum = new CRC32();
                            checksum.update(batch.toString().getBytes(StandardCharsets.UTF_8));
                            batches.add(batch.toString().strip() + "#" + Long.toHexString(checksum.getValue()));
                        }
                        String mode = switch (batches.size()) {
                            case 0 -> "empty";
                            case 1 -> "single";
                            default -> "batched";
                        };
                        try {
                            Thread.sleep(300);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException("interrupted", e);
                        }
                        Receipts.archive(request.id() + " " + mode + " " + settled.cardinality());
                        for (int b = 0; b < batches.size(); b++) {
                            String batch = batches.get(b);
                            context.step("settle-batch-" + b, String.class, stepCtx -> batch.toUpperCase(Locale.ROOT));
                        }
                        context.wait("settlement-window", Duration.ofMinutes(10));
                        return context.step("finish-settlement", String.class, stepCtx -> mode + ":" + batches.size());
                    }
                }
                """)
                .direct("blocking-sleep", "Thread.sleep(300)", "Thread.sleep()")
                .chained("side-effect-outside-step", 1, "Receipts.archive(", "Files.write() in Receipts.archive(String)");
    }
}
