package dev.durablecheck.core.reach;

import com.github.javaparser.ast.Node;

/**
 * A body in the analysed sources that a call can run.
 *
 * @param body a method or constructor declaration, or a type declaration standing for its field
 *     initialisers and initialiser blocks (what {@code new X()} runs besides a constructor)
 * @param label how a chain names it: {@code OrderService.reserve(Order)}
 * @param alternatives how many implementations the call can dispatch to; more than one for an
 *     interface or overridden method with several implementations in the sources
 */
public record Implementation(Node body, String label, int alternatives) {
}
