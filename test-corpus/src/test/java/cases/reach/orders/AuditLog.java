package cases.reach.orders;

/** Writes audit lines to standard output: logging that is not replay-aware. */
class AuditLog {

    void write(String line) {
        System.out.println(line); // sink: replay-unsafe-logging
    }
}
