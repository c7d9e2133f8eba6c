package dev.durablecheck.core.report;

import dev.durablecheck.core.Finding;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Stable identities for findings: a hash of the rule, the file, the enclosing member and the
 * offending expression as written, with no line number, so that edits elsewhere in the file keep
 * them; findings that would collide are told apart by their order of occurrence.
 */
public final class Fingerprints {

    /** The key under which SARIF carries it in {@code partialFingerprints}. */
    public static final String KEY = "durableCheck/v1";

    private Fingerprints() {
    }

    /** The fingerprints of sorted findings, in the same order, with paths relative to {@code baseDir}. */
    public static List<String> of(List<Finding> findings, Path baseDir) {
        Path base = baseDir.toAbsolutePath().normalize();
        Map<String, Integer> seen = new HashMap<>();
        return findings.stream().map(f -> {
            String identity = String.join("\u0000", f.ruleId(), pathFrom(base, f.file()), f.enclosingMember(),
                    f.expression().isEmpty() ? f.message() : f.expression());
            int occurrence = seen.merge(identity, 1, Integer::sum);
            return sha256(identity + "\u0000" + occurrence);
        }).toList();
    }

    /** The path from the base folder, also with {@code ..} segments, so that moving the whole tree keeps it. */
    public static String pathFrom(Path base, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.getRoot() != null && absolute.getRoot().equals(base.getRoot())
                ? base.relativize(absolute).toString().replace('\\', '/')
                : absolute.toString();
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
