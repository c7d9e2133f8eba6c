package dev.durablecheck.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The plan of a synthetic tree: domains, their types and methods, the handlers and what they plant. */
final class TreeModel {

    private TreeModel() {
    }

    enum Kind { REQUEST, RECORD, POJO, ENUM, UTIL, REPO_INTERFACE, REPO_IMPL, SERVICE }

    /** What a callable method takes and returns, so that calls between generated methods type-check. */
    enum Family {
        /** {@code String m(String input)} */
        STR,
        /** {@code int m(List<String> items)} */
        COUNT,
        /** {@code List<String> m(List<String> items)} */
        LIST,
        /** {@code static <T, K> Map<K, List<T>> m(Collection<T>, Function<T, K>)} in utilities */
        GROUP_BY,
        /** {@code static <T> Optional<T> m(List<T>, Predicate<T>)} in utilities */
        FIRST_MATCH
    }

    enum Role {
        /** ordinary code: no hazard, may be reached from orchestration code */
        PURE,
        /** a hop of a planted chain; the last hop holds the sink */
        CHAIN,
        /** holds a look-alike sink but is reached only from step bodies, or from nowhere */
        DECOY
    }

    record Field(String type, String name) {
    }

    static final class Domain {
        final String name;
        final String basePackage;
        final List<TypeSpec> types = new ArrayList<>();
        /** types whose methods others may call, in call order: a type calls only types before it */
        final List<TypeSpec> callOrder = new ArrayList<>();
        TypeSpec request;

        Domain(String name, String basePackage) {
            this.name = name;
            this.basePackage = basePackage;
        }

        List<TypeSpec> ofKind(Kind kind) {
            return types.stream().filter(t -> t.kind == kind).toList();
        }
    }

    static final class TypeSpec {
        final Domain domain;
        final String pkg;
        final String name;
        final Kind kind;
        final List<MethodSpec> methods = new ArrayList<>();
        /** record components or POJO fields; the first is a String and the second an int */
        final List<Field> fields = new ArrayList<>();
        /** enum constants */
        final List<String> constants = new ArrayList<>();
        /** instance dependencies, each a final field initialised with {@code new} */
        final Set<TypeSpec> fieldDeps = new LinkedHashSet<>();
        /** static counters written by planted shared-state chains */
        final List<String> staticCounters = new ArrayList<>();
        /** for a repository interface its implementation, and the reverse */
        TypeSpec partner;
        /** position in the domain's call order (-1: not callable); the common domain's utilities are below every domain */
        int order = -1;
        /** a free-form number for templates that need one */
        int flavour;

        TypeSpec(Domain domain, String pkg, String name, Kind kind) {
            this.domain = domain;
            this.pkg = pkg;
            this.name = name;
            this.kind = kind;
        }

        String qualifiedName() {
            return pkg + "." + name;
        }

        String path() {
            return pkg.replace('.', '/') + "/" + name + ".java";
        }

        /** The type callers declare their field with: a repository is used through its interface. */
        TypeSpec fieldType() {
            return kind == Kind.REPO_IMPL ? partner : this;
        }

        boolean isStaticHolder() {
            return kind == Kind.UTIL;
        }
    }

    static final class MethodSpec {
        final TypeSpec owner;
        final String name;
        final Family family;
        final Role role;
        final int variant;
        final List<MethodSpec> callees = new ArrayList<>();
        /** for a chain hop: the next hop, or null at the last hop */
        MethodSpec next;
        /** for the last chain hop and for decoys: what it plants */
        Sink sink;

        MethodSpec(TypeSpec owner, String name, Family family, Role role, int variant) {
            this.owner = owner;
            this.name = name;
            this.family = family;
            this.role = role;
            this.variant = variant;
        }

        boolean isStatic() {
            return owner.isStaticHolder();
        }
    }

    /** A hazard's offending API: the rule that reports it and which of the rule's shapes is written. */
    record Sink(String rule, int variant) {
    }

    /** One hazard planted in a handler. */
    static final class Hazard {
        final String rule;
        final int depth;
        final int variant;
        /** the first hop of a chained hazard */
        MethodSpec head;

        Hazard(String rule, int depth, int variant) {
            this.rule = rule;
            this.depth = depth;
            this.variant = variant;
        }
    }

    static final class HandlerSpec {
        final Domain domain;
        final String pkg;
        final String name;
        final List<Hazard> hazards = new ArrayList<>();
        /** pure methods called in orchestration code (reach walks them and must stay silent) */
        final List<MethodSpec> orchestrationCalls = new ArrayList<>();
        /** pure methods called inside step bodies */
        final List<MethodSpec> stepCalls = new ArrayList<>();
        /** look-alikes written in step bodies: which shape, in order */
        final List<Integer> stepDecoys = new ArrayList<>();
        /** ordinary decoy methods called only from step bodies */
        final List<MethodSpec> decoyCalls = new ArrayList<>();
        final Set<TypeSpec> fieldDeps = new LinkedHashSet<>();
        int flavour;

        HandlerSpec(Domain domain, String pkg, String name) {
            this.domain = domain;
            this.pkg = pkg;
            this.name = name;
        }

        String path() {
            return pkg.replace('.', '/') + "/" + name + ".java";
        }
    }
}
