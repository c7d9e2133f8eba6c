package cases.reach.fees;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/** Eight fee rules; each depends on its argument and constants only. */
public final class FeeRules {

    private FeeRules() {
    }

    public static final class Flat implements FeeRule {
        @Override
        public long fee(long cents) {
            return 30;
        }
    }

    public static final class Percent implements FeeRule {
        @Override
        public long fee(long cents) {
            return cents * 3 / 100;
        }
    }

    public static final class Capped implements FeeRule {
        @Override
        public long fee(long cents) {
            return Math.min(500, cents / 10);
        }
    }

    public static final class Tiered implements FeeRule {
        @Override
        public long fee(long cents) {
            return cents < 10_000 ? 25 : tier(cents / 10_000);
        }

        private long tier(long level) {
            return level <= 1 ? 50 : 10 + tier(level - 1);
        }
    }

    public static final class Waived implements FeeRule {
        @Override
        public long fee(long cents) {
            return 0;
        }
    }

    public static final class Hashed implements FeeRule {
        @Override
        public long fee(long cents) {
            UUID bucket = UUID.nameUUIDFromBytes(Long.toString(cents).getBytes(StandardCharsets.UTF_8)); // ok: nondeterministic-uuid -- a name-based id is the same on every replay
            return Math.floorMod(bucket.getLeastSignificantBits(), 7);
        }
    }

    public static final class PerDay implements FeeRule {
        @Override
        public long fee(long cents) {
            return Duration.ofDays(30).toDays() * cents / 1_000;
        }
    }

    public static final class Minimum implements FeeRule {
        @Override
        public long fee(long cents) {
            return Math.max(10, cents / 50);
        }
    }
}
