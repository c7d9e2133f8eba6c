package dev.durablecheck.core.reach;

import com.github.javaparser.ast.Node;

import java.util.Map;

/**
 * What running a body reaches through any number of calls: every sink, each with the first step of
 * a shortest way there. Computed once per body and run, shared by every thread and handler.
 *
 * @param routes by sink node (an identity map: nodes of different files can be equal as trees)
 */
record Summary(Map<Node, Route> routes) {
}
