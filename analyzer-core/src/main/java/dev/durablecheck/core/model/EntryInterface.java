package dev.durablecheck.core.model;

import java.util.Set;

/**
 * Orchestration entry points declared by annotations, as Temporal declares workflows: every class
 * implementing an interface annotated {@code annotation} runs the methods that the interface
 * annotates with one of {@code methodAnnotations} as orchestration code, and so does its
 * constructor when annotated {@code constructorAnnotation}.
 *
 * @param constructorAnnotation fully qualified, or empty when the runtime has none
 */
public record EntryInterface(String annotation, Set<String> methodAnnotations, String constructorAnnotation) {

    public EntryInterface {
        methodAnnotations = Set.copyOf(methodAnnotations);
    }
}
