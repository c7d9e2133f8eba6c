package dev.durablecheck.rules;

import dev.durablecheck.core.IncompleteAnalysis;
import dev.durablecheck.core.ParseErrors;
import dev.durablecheck.core.filter.SuppressionRules;
import dev.durablecheck.core.catalog.ApiCatalog;
import dev.durablecheck.core.rule.Rule;
import dev.durablecheck.core.rule.RuleDescriptor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the names of a rule in step: its id, its class, its {@code META-INF/services} entry, the API
 * catalog, its help page and the index {@code docs/rules/README.md}.
 */
class RuleCatalogTest {

    /** The group-A ids of RULES.md. */
    private static final Set<String> GROUP_A = Set.of(
            "nondeterministic-time", "nondeterministic-random", "nondeterministic-uuid", "environment-read",
            "side-effect-outside-step", "blocking-sleep", "unmanaged-concurrency", "replay-unsafe-logging",
            "shared-mutable-state");
    /** The group-B ids of RULES.md. */
    private static final Set<String> GROUP_B = Set.of(
            "captured-state-mutation", "nested-durable-operation", "parent-context-in-child",
            "nondeterministic-operation-name", "unverified-operation-name", "duplicate-operation-name",
            "unordered-iteration", "swallowed-suspension");
    /** The one group-A rule that is not driven by the API catalog. */
    private static final String NOT_CATALOG_BASED = "shared-mutable-state";
    private static final String PARSE_ERROR = "parse-error";

    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final String SERVICES = "META-INF/services/" + Rule.class.getName();
    private static final String CATALOG = "/dev/durablecheck/rules/nondeterministic-apis.json";
    private static final String HELP = "META-INF/durable-check/help/";
    private static final Path README = Path.of("../docs/rules/README.md");
    private static final List<String> HEADINGS = List.of("## What it flags", "## Why it matters on replay", "## Wrong",
            "## Right", "## Does not flag", "## Suppress");

    private static List<Rule> rules;

    @BeforeAll
    static void loadRules() {
        rules = new ArrayList<>();
        ServiceLoader.load(Rule.class).forEach(rules::add);
    }

    private static Set<String> registeredIds() {
        return rules.stream().map(r -> r.descriptor().id()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The core's own checks, which have help pages like the rules. */
    private static final List<RuleDescriptor> BUILT_IN = List.of(ParseErrors.DESCRIPTOR, IncompleteAnalysis.DESCRIPTOR,
            SuppressionRules.UNKNOWN_SUPPRESSION, SuppressionRules.SUPPRESSION_WITHOUT_REASON);

    private static Set<String> registeredIdsAndParseError() {
        Set<String> ids = new TreeSet<>(registeredIds());
        BUILT_IN.forEach(d -> ids.add(d.id()));
        return ids;
    }

    // ---------------------------------------------------------------- descriptors and classes

    @Test
    void everyRuleHasAUniqueKebabCaseIdASummaryWithoutPeriodAndASeverity() {
        assertThat(rules).isNotEmpty();
        for (Rule rule : rules) {
            RuleDescriptor d = rule.descriptor();
            assertThat(d).as(rule.getClass().getName()).isNotNull();
            assertThat(d.id()).as("id of %s", rule.getClass().getName()).matches(KEBAB);
            assertThat(d.summary()).as("summary of %s", d.id())
                    .isNotBlank()
                    .doesNotEndWith(".")
                    .doesNotContain("\n")
                    .isEqualTo(d.summary().strip());
            assertThat(d.severity()).as("severity of %s", d.id()).isNotNull();
            assertThat(d.group()).as("group of %s", d.id()).isNotBlank();
        }
        assertThat(rules.stream().map(r -> r.descriptor().id())).doesNotHaveDuplicates();
    }

    @Test
    void registeredIdsAreTheIdsOfTheRulesCatalog() {
        Set<String> all = new TreeSet<>(GROUP_A);
        all.addAll(GROUP_B);
        assertThat(registeredIds()).containsExactlyInAnyOrderElementsOf(all);
        assertThat(ParseErrors.DESCRIPTOR.id()).isEqualTo(PARSE_ERROR);
        assertThat(registeredIds()).doesNotContain(PARSE_ERROR, IncompleteAnalysis.DESCRIPTOR.id());
    }

    @Test
    void everyRuleClassIsNamedAfterItsId() {
        for (Rule rule : rules) {
            String id = rule.descriptor().id();
            assertThat(rule.getClass().getSimpleName()).as("class of %s", id).isEqualTo(className(id));
        }
        assertThat(className("nondeterministic-time")).isEqualTo("NondeterministicTimeRule");
    }

    @Test
    void everyRuleKeepsItsDescriptorInAStaticFinalConstant() throws IllegalAccessException {
        for (Rule rule : rules) {
            Field field;
            try {
                field = rule.getClass().getDeclaredField("DESCRIPTOR");
            } catch (NoSuchFieldException e) {
                throw new AssertionError(rule.getClass().getName() + " has no DESCRIPTOR constant", e);
            }
            assertThat(Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers()))
                    .as("%s.DESCRIPTOR is static final", rule.getClass().getSimpleName()).isTrue();
            field.setAccessible(true);
            assertThat(field.get(null)).as("%s.DESCRIPTOR", rule.getClass().getSimpleName()).isSameAs(rule.descriptor());
        }
    }

    // ---------------------------------------------------------------- META-INF/services

    @Test
    void everyServiceEntryIsAConcreteRuleWithANoArgumentConstructor() throws IOException {
        List<String> entries = serviceEntries();

        assertThat(entries).isNotEmpty().doesNotHaveDuplicates();
        for (String entry : entries) {
            Class<?> type;
            try {
                type = Class.forName(entry, false, RuleCatalogTest.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new AssertionError(SERVICES + " lists a class that does not exist: " + entry, e);
            }
            assertThat(Rule.class.isAssignableFrom(type)).as("%s implements Rule", entry).isTrue();
            assertThat(isConcrete(type)).as("%s is concrete", entry).isTrue();
            assertThat(Modifier.isPublic(type.getModifiers())).as("%s is public", entry).isTrue();
            try {
                assertThat(Modifier.isPublic(type.getConstructor().getModifiers())).isTrue();
            } catch (NoSuchMethodException e) {
                throw new AssertionError(entry + " has no public no-argument constructor", e);
            }
        }
        assertThat(entries).hasSameSizeAs(rules);
    }

    @Test
    void everyConcreteRuleClassIsListedInTheServices() throws IOException, URISyntaxException {
        Set<String> listed = new TreeSet<>(serviceEntries());
        Set<Path> roots = new TreeSet<>();
        for (Rule rule : rules) {
            roots.add(Path.of(rule.getClass().getProtectionDomain().getCodeSource().getLocation().toURI()));
        }
        assertThat(roots).as("where the rule classes come from").hasSize(1);

        List<String> classNames = classesUnder(roots.iterator().next(), "dev/durablecheck/rules/");
        assertThat(classNames).as("compiled classes of the rules package").isNotEmpty();

        Set<String> concreteRules = new TreeSet<>();
        for (String name : classNames) {
            Class<?> type;
            try {
                type = Class.forName(name, false, RuleCatalogTest.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new AssertionError(e);
            }
            if (Rule.class.isAssignableFrom(type) && isConcrete(type)) {
                concreteRules.add(name);
            }
            if (name.endsWith("Rule") && !name.contains("$")) {
                assertThat(Rule.class.isAssignableFrom(type)).as("%s is named like a rule", name).isTrue();
            }
        }
        assertThat(concreteRules).as("concrete Rule classes in the jar").isNotEmpty();
        assertThat(listed).as("entries of %s", SERVICES).isEqualTo(concreteRules);
    }

    // ---------------------------------------------------------------- API catalog

    @Test
    void everyCatalogSinkNamesARegisteredRule() throws IOException {
        Set<String> sinkRules = catalog().sinkRules();

        assertThat(sinkRules).isNotEmpty();
        assertThat(registeredIds()).containsAll(sinkRules);
    }

    @Test
    void everyCatalogBasedRuleHasASink() throws IOException {
        Set<String> catalogBased = new TreeSet<>();
        for (Rule rule : rules) {
            if (rule.getClass().getSuperclass().getSimpleName().equals("CatalogCallRule")) {
                catalogBased.add(rule.descriptor().id());
            }
        }
        Set<String> expected = new TreeSet<>(GROUP_A);
        expected.remove(NOT_CATALOG_BASED);

        assertThat(catalogBased).as("rules extending CatalogCallRule").isEqualTo(expected);
        assertThat(catalog().sinkRules()).containsAll(catalogBased);
    }

    // ---------------------------------------------------------------- help pages

    @Test
    void everyIdHasAHelpPageWithTheRequiredHeadings() throws IOException {
        Set<String> ids = registeredIdsAndParseError();
        for (String id : ids) {
            String page = helpPage(id);
            assertThat(page).as("help/%s.md", id).isNotNull();
            List<String> lines = page.lines().toList();
            assertThat(lines).as("help/%s.md", id).isNotEmpty();
            assertThat(lines.get(0)).as("first line of help/%s.md", id).isEqualTo("# " + id);
            List<String> headings = lines.stream().filter(l -> l.startsWith("## ")).map(String::strip).toList();
            assertThat(headings).as("headings of help/%s.md", id).containsSubsequence(HEADINGS);
            assertThat(headings).as("headings of help/%s.md", id).doesNotHaveDuplicates();
        }
    }

    @Test
    void everyHelpPageBelongsToARegisteredId() throws IOException, URISyntaxException {
        URL folder = RuleCatalogTest.class.getClassLoader().getResource(HELP);
        assertThat(folder).as("classpath folder %s", HELP).isNotNull();

        Set<String> pages = new TreeSet<>();
        withRoot(folder, root -> {
            try (Stream<Path> files = Files.list(root)) {
                files.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".md") && !n.equals("README.md"))
                        .forEach(n -> pages.add(n.substring(0, n.length() - ".md".length())));
            }
        });

        assertThat(pages).as("help pages in %s", HELP).isEqualTo(registeredIdsAndParseError());
    }

    // ---------------------------------------------------------------- docs/rules/README.md

    @Test
    void readmeListsExactlyTheRegisteredIdsAndParseErrorWithTheirSeverities() throws IOException {
        assertThat(README).as("docs/rules/README.md, from %s", Path.of("").toAbsolutePath()).isRegularFile();
        Pattern row = Pattern.compile("^\\|\\s*\\[?`([^`]+)`]?(?:\\([^)]*\\))?\\s*\\|\\s*([a-z]+)\\s*\\|.*$");

        Map<String, String> listed = new TreeMap<>();
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(README, StandardCharsets.UTF_8)) {
            Matcher m = row.matcher(line);
            if (m.matches()) {
                ids.add(m.group(1));
                listed.put(m.group(1), m.group(2));
            }
        }

        assertThat(ids).as("rule ids in the README table").doesNotHaveDuplicates();
        assertThat(listed.keySet()).isEqualTo(registeredIdsAndParseError());
        Map<String, String> severities = new TreeMap<>();
        rules.forEach(r -> severities.put(r.descriptor().id(), r.descriptor().severity().label()));
        BUILT_IN.forEach(d -> severities.put(d.id(), d.severity().label()));
        assertThat(listed).as("id -> severity in the README").isEqualTo(severities);
    }

    // ---------------------------------------------------------------- helpers

    /** {@code nondeterministic-time} -> {@code NondeterministicTimeRule}. */
    private static String className(String id) {
        return Arrays.stream(id.split("-"))
                .map(part -> Character.toUpperCase(part.charAt(0)) + part.substring(1))
                .collect(Collectors.joining("", "", "Rule"));
    }

    private static boolean isConcrete(Class<?> type) {
        return !type.isInterface() && !Modifier.isAbstract(type.getModifiers());
    }

    private static List<String> serviceEntries() throws IOException {
        List<String> entries = new ArrayList<>();
        List<URL> files = Collections.list(RuleCatalogTest.class.getClassLoader().getResources(SERVICES));
        assertThat(files).as(SERVICES).isNotEmpty();
        for (URL url : files) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
                in.lines()
                        .map(l -> l.replaceFirst("#.*", "").strip())
                        .filter(l -> !l.isEmpty())
                        .forEach(entries::add);
            }
        }
        return entries;
    }

    private static ApiCatalog catalog() throws IOException {
        try (InputStream in = RuleCatalogTest.class.getResourceAsStream(CATALOG)) {
            assertThat(in).as(CATALOG).isNotNull();
            return ApiCatalog.load(in, CATALOG);
        }
    }

    private static String helpPage(String id) throws IOException {
        try (InputStream in = RuleCatalogTest.class.getClassLoader().getResourceAsStream(HELP + id + ".md")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The fully qualified names of the top-level and nested classes below {@code folder} in a class folder or jar. */
    private static List<String> classesUnder(Path root, String folder) throws IOException {
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(root)) {
            collectClasses(root, root.resolve(folder), names);
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(root)) {
                Path jarRoot = jar.getPath("/");
                collectClasses(jarRoot, jarRoot.resolve(folder), names);
            }
        }
        Collections.sort(names);
        return names;
    }

    private static void collectClasses(Path root, Path start, List<String> names) throws IOException {
        if (!Files.isDirectory(start)) {
            return;
        }
        try (Stream<Path> files = Files.walk(start)) {
            files.filter(p -> p.getFileName().toString().endsWith(".class"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> !n.endsWith("package-info.class") && !n.endsWith("module-info.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .forEach(names::add);
        }
    }

    private interface PathAction {
        void accept(Path root) throws IOException;
    }

    /** Runs {@code action} on the folder {@code url} points to, in a class folder or inside a jar. */
    private static void withRoot(URL url, PathAction action) throws IOException, URISyntaxException {
        if (url.getProtocol().equals("jar")) {
            try (FileSystem jar = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                action.accept(jar.provider().getPath(url.toURI()));
            }
        } else {
            action.accept(Path.of(url.toURI()));
        }
    }
}
