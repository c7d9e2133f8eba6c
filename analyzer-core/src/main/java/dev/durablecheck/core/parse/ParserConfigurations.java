package dev.durablecheck.core.parse;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Processor;
import com.github.javaparser.Provider;
import com.github.javaparser.ast.Node;

import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The parser configurations of a language level: one for the files the run reports on, validated
 * against the level ({@link LanguageLevelChecks}, in one walk), and one for files read only as
 * context (to resolve a type or follow a call): the level's grammar, so that {@code yield} and
 * {@code var} mean what they mean there, without its validators, whose findings matter only for
 * the reported files. Syntax errors fail both.
 *
 * <p>JavaParser post-processes and validates from a processor that reads the configured level when
 * it runs, after the parser was made for that level. So the first processor here restores the
 * level before each parse and clears it once the tree is built, which keeps JavaParser's own step
 * from running, and the last one does this configuration's step and restores the level. Each
 * configuration serves one thread's parser.
 */
final class ParserConfigurations {

    private ParserConfigurations() {
    }

    /** Parses at {@code level} and reports what its validators find. */
    static ParserConfiguration validating(LanguageLevel level) {
        Optional<LanguageLevelChecks> checks = LanguageLevelChecks.of(level);
        if (checks.isEmpty()) {
            return common(level);
        }
        return afterParsing(common(level), level, checks.get()::apply);
    }

    /**
     * Parses at {@code level} without validating or post-processing: the level's only rewrite
     * ({@code var} as a type) is done by {@link ParsedSources} in the walk that finishes the tree.
     * Comments are kept: a suppression may be written in a helper that a chain passes through.
     */
    static ParserConfiguration forContext(LanguageLevel level) {
        return afterParsing(common(level), level, (result, configuration) -> {
        });
    }

    /** What both configurations share: nothing reads which line separator a file uses, so it is not detected. */
    private static ParserConfiguration common(LanguageLevel level) {
        return new ParserConfiguration().setLanguageLevel(level).setDetectOriginalLineSeparator(false);
    }

    private static ParserConfiguration afterParsing(ParserConfiguration configuration, LanguageLevel level,
                                                    BiConsumer<ParseResult<? extends Node>, ParserConfiguration> step) {
        configuration.getProcessors().add(0, () -> new Processor() {
            @Override
            public Provider preProcess(Provider innerProvider) {
                configuration.setLanguageLevel(level);
                return innerProvider;
            }

            @Override
            public void postProcess(ParseResult<? extends Node> result, ParserConfiguration ignored) {
                configuration.setLanguageLevel(null);
            }
        });
        configuration.getProcessors().add(() -> new Processor() {
            @Override
            public void postProcess(ParseResult<? extends Node> result, ParserConfiguration ignored) {
                configuration.setLanguageLevel(level);
                step.accept(result, configuration);
            }
        });
        return configuration;
    }
}
