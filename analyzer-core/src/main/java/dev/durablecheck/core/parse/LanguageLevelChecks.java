package dev.durablecheck.core.parse;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.validator.ProblemReporter;
import com.github.javaparser.ast.validator.SingleNodeTypeValidator;
import com.github.javaparser.ast.validator.TreeVisitorValidator;
import com.github.javaparser.ast.validator.TypedValidator;
import com.github.javaparser.ast.validator.Validator;
import com.github.javaparser.ast.validator.Validators;
import com.github.javaparser.ast.validator.postprocessors.Java10PostProcessor;
import com.github.javaparser.ast.validator.postprocessors.PostProcessors;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * What JavaParser does after parsing a file at a language level (its post-processing and its
 * validation), with the validation in one walk of the tree. JavaParser runs each of the level's
 * thirty-odd validators as a walk of its own; on a tree of thousands of analysed files that was
 * 15 % of the run. Here each validator is asked about each node in a single pre-order walk, and
 * the problems are reported in JavaParser's order: validator by validator, and within one, in
 * the order of the nodes. When JavaParser's fields cannot be reached (another version), there is
 * none, and JavaParser validates as it does by itself.
 */
final class LanguageLevelChecks {

    /** One of the level's validators, as the walk asks it. */
    private sealed interface Check {
    }

    /** A validator of the nodes of one type ({@link SingleNodeTypeValidator}). */
    private record OfType(Class<? extends Node> type, TypedValidator<Node> validator) implements Check {
    }

    /** A validator of every node ({@link TreeVisitorValidator}). */
    private record OfEveryNode(Validator validator) implements Check {
    }

    /** Any other validator: it walks the tree by itself, once. */
    private record OfTree(Validator validator) implements Check {
    }

    private static final Optional<JavaParserFields> FIELDS = JavaParserFields.find();

    private final PostProcessors postProcessor;
    private final List<Check> checks;
    /** The indexes of the checks that ask about a node of a class, in check order, found once per class. */
    private final ClassValue<int[]> checksOf = new ClassValue<>() {
        @Override
        protected int[] computeValue(Class<?> nodeClass) {
            List<Integer> found = new ArrayList<>();
            for (int i = 0; i < checks.size(); i++) {
                Check check = checks.get(i);
                if (check instanceof OfEveryNode || (check instanceof OfType ofType && ofType.type().isAssignableFrom(nodeClass))) {
                    found.add(i);
                }
            }
            return found.stream().mapToInt(Integer::intValue).toArray();
        }
    };

    private LanguageLevelChecks(PostProcessors postProcessor, List<Check> checks) {
        this.postProcessor = postProcessor;
        this.checks = List.copyOf(checks);
    }

    /** The checks of {@code level}, or empty when JavaParser's fields cannot be reached. */
    static Optional<LanguageLevelChecks> of(LanguageLevel level) {
        if (FIELDS.isEmpty()) {
            return Optional.empty();
        }
        JavaParserFields fields = FIELDS.get();
        try {
            Validator validator = (Validator) fields.levelValidator().get(level);
            PostProcessors postProcessor = (PostProcessors) fields.levelPostProcessor().get(level);
            List<Check> checks = new ArrayList<>();
            if (validator != null) {
                flatten(validator, checks, fields);
            }
            return Optional.of(new LanguageLevelChecks(postProcessor, checks));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private static void flatten(Validator validator, List<Check> checks, JavaParserFields fields) {
        if (validator instanceof Validators group) {
            for (Validator member : group.getValidators()) {
                flatten(member, checks, fields);
            }
        } else if (validator instanceof SingleNodeTypeValidator<?> single) {
            checks.add(new OfType((Class<? extends Node>) fields.singleType().get(single),
                    (TypedValidator<Node>) fields.singleValidator().get(single)));
        } else if (validator instanceof TreeVisitorValidator tree) {
            checks.add(new OfEveryNode((Validator) fields.treeValidator().get(tree)));
        } else {
            checks.add(new OfTree(validator));
        }
    }

    /** The private fields of JavaParser's that the checks are read from. */
    private record JavaParserFields(VarHandle levelValidator, VarHandle levelPostProcessor, VarHandle singleType,
                                    VarHandle singleValidator, VarHandle treeValidator) {

        static Optional<JavaParserFields> find() {
            try {
                MethodHandles.Lookup levels = MethodHandles.privateLookupIn(LanguageLevel.class, MethodHandles.lookup());
                MethodHandles.Lookup single = MethodHandles.privateLookupIn(SingleNodeTypeValidator.class, MethodHandles.lookup());
                MethodHandles.Lookup tree = MethodHandles.privateLookupIn(TreeVisitorValidator.class, MethodHandles.lookup());
                return Optional.of(new JavaParserFields(
                        levels.findVarHandle(LanguageLevel.class, "validator", Validator.class),
                        levels.findVarHandle(LanguageLevel.class, "postProcessor", PostProcessors.class),
                        single.findVarHandle(SingleNodeTypeValidator.class, "type", Class.class),
                        single.findVarHandle(SingleNodeTypeValidator.class, "validator", TypedValidator.class),
                        tree.findVarHandle(TreeVisitorValidator.class, "validator", Validator.class)));
            } catch (ReflectiveOperationException | RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    /** Post-processes and validates a finished parse, adding what the validators find to its problems. */
    void apply(ParseResult<? extends Node> result, ParserConfiguration configuration) {
        if (isVarRewriteOnly(postProcessor)) {
            result.getResult().ifPresent(root -> Preorder.walk(root, node -> {
                if (VarTypes.isWrittenAsClassType(node)) {
                    VarTypes.replace(node);
                }
            }));
        } else if (postProcessor != null) {
            postProcessor.postProcess(result, configuration);
        }
        Optional<? extends Node> root = result.getResult();
        if (root.isEmpty() || checks.isEmpty()) {
            return;
        }
        List<List<Problem>> found = new ArrayList<>(checks.size());
        List<ProblemReporter> reporters = new ArrayList<>(checks.size());
        for (int i = 0; i < checks.size(); i++) {
            List<Problem> problems = new ArrayList<>(0);
            found.add(problems);
            reporters.add(new ProblemReporter(problems::add));
        }
        for (int i = 0; i < checks.size(); i++) {
            if (checks.get(i) instanceof OfTree whole) {
                whole.validator().accept(root.get(), reporters.get(i));
            }
        }
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(root.get());
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            for (int i : checksOf.get(node.getClass())) {
                Check check = checks.get(i);
                if (check instanceof OfType ofType) {
                    ofType.validator().accept(node, reporters.get(i));
                } else if (check instanceof OfEveryNode every) {
                    every.validator().accept(node, reporters.get(i));
                }
            }
            List<Node> children = node.getChildNodes();
            for (int c = children.size() - 1; c >= 0; c--) {
                pending.push(children.get(c));
            }
        }
        found.forEach(result.getProblems()::addAll);
    }

    /**
     * Whether the level's post-processing is JavaParser's {@code var} rewrite and nothing else (from
     * Java 10 on), which is then done here in a walk of ours ({@link VarTypes}): JavaParser's walks
     * with an iterator whose every step is synchronized.
     */
    private static boolean isVarRewriteOnly(PostProcessors postProcessor) {
        return postProcessor instanceof Java10PostProcessor && postProcessor.getPostProcessors().size() == 1;
    }
}
