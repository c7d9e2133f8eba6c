package dev.durablecheck.core.report;

import dev.durablecheck.core.Finding;
import dev.durablecheck.core.ParseErrors;
import dev.durablecheck.core.Severity;
import dev.durablecheck.core.TextRange;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static dev.durablecheck.core.report.ReportFixtures.BASE;
import static dev.durablecheck.core.report.ReportFixtures.HANDLER;
import static dev.durablecheck.core.report.ReportFixtures.uuid;
import static org.assertj.core.api.Assertions.assertThat;

/** Fingerprints: no line numbers in them, so they survive edits elsewhere in the file. */
class FingerprintsTest {

    private static final String MEMBER = "OrderHandler.handleRequest(Order, DurableContext)";

    @Test
    void aFingerprintIs32LowerCaseHexDigits() {
        assertThat(Fingerprints.of(List.of(uuid(HANDLER, 3, 5, MEMBER)), BASE)).singleElement().asString().matches("[0-9a-f]{32}");
    }

    @Test
    void movingAFindingToAnotherLineOrColumnKeepsItsFingerprint() {
        assertThat(Fingerprints.of(List.of(uuid(HANDLER, 90, 1, MEMBER)), BASE))
                .isEqualTo(Fingerprints.of(List.of(uuid(HANDLER, 3, 5, MEMBER)), BASE));
    }

    @Test
    void theFingerprintDependsOnThePathAsShownNotOnTheAbsolutePath() {
        Path otherCheckout = Path.of("/ci/runner/work/project").toAbsolutePath();
        Finding there = uuid(otherCheckout.resolve(BASE.relativize(HANDLER)), 3, 5, MEMBER);

        assertThat(Fingerprints.of(List.of(there), otherCheckout))
                .isEqualTo(Fingerprints.of(List.of(uuid(HANDLER, 3, 5, MEMBER)), BASE));
    }

    @Test
    void equalFindingsAreNumberedByTheirOrder() {
        List<String> two = Fingerprints.of(List.of(uuid(HANDLER, 3, 5, MEMBER), uuid(HANDLER, 4, 5, MEMBER)), BASE);

        assertThat(two).doesNotHaveDuplicates();
        assertThat(two.get(0)).isEqualTo(Fingerprints.of(List.of(uuid(HANDLER, 10, 5, MEMBER)), BASE).get(0));
    }

    @Test
    void differentRulesOnTheSameExpressionDiffer() {
        Finding uuid = uuid(HANDLER, 3, 5, MEMBER);
        Finding other = new Finding("nondeterministic-random", Severity.ERROR, uuid.file(), uuid.range(), uuid.message(),
                uuid.enclosingMember(), uuid.expression(), List.of());

        assertThat(Fingerprints.of(List.of(uuid, other), BASE)).doesNotHaveDuplicates();
    }

    @Test
    void aFindingWithoutExpressionIsIdentifiedByItsMessage() {
        Finding parse = new Finding(ParseErrors.DESCRIPTOR.id(), Severity.ERROR, HANDLER, new TextRange(10, 2, 10, 2),
                "cannot parse: Parse error. Found <EOF>", "", "", List.of());
        Finding moved = new Finding(parse.ruleId(), parse.severity(), parse.file(), new TextRange(40, 1, 40, 1),
                parse.message(), "", "", List.of());
        Finding otherReason = new Finding(parse.ruleId(), parse.severity(), parse.file(), parse.range(),
                "cannot parse: Record Declarations are not supported", "", "", List.of());

        assertThat(Fingerprints.of(List.of(moved), BASE)).isEqualTo(Fingerprints.of(List.of(parse), BASE));
        assertThat(Fingerprints.of(List.of(otherReason), BASE)).isNotEqualTo(Fingerprints.of(List.of(parse), BASE));
    }
}
