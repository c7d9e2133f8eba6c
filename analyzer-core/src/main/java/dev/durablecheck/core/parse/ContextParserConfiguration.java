package dev.durablecheck.core.parse;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Processor;
import com.github.javaparser.Provider;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.validator.postprocessors.Java10PostProcessor;

/**
 * The parser configuration for files read only as context (to resolve a type or follow a call):
 * the grammar of a language level, so that {@code yield} and {@code var} mean what they mean there,
 * without the level's validators. Those walk the whole tree once per check and cost about as much
 * as the parse; their findings matter only for the files the run reports on. Syntax errors still
 * fail the parse.
 *
 * <p>JavaParser runs the validators from a processor that reads the configured level when it runs,
 * after the parser was made for that level. So the first processor restores the level before each
 * parse and clears it once the tree is built, and the last one does the level's only rewrite
 * ({@code var} as a type) and restores the level. Each configuration serves one thread's parser.
 */
final class ContextParserConfiguration {

    private ContextParserConfiguration() {
    }

    static ParserConfiguration of(LanguageLevel level) {
        ParserConfiguration configuration = new ParserConfiguration().setLanguageLevel(level);
        boolean hasVar = level.ordinal() >= LanguageLevel.JAVA_10.ordinal();
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
                if (hasVar) {
                    new Java10PostProcessor().postProcess(result, configuration);
                }
                configuration.setLanguageLevel(level);
            }
        });
        return configuration;
    }
}
