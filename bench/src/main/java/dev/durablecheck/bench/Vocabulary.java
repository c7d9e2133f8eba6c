package dev.durablecheck.bench;

import dev.durablecheck.bench.TreeModel.Kind;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Words for the names of generated packages, types and methods, so that a tree reads like a service codebase. */
final class Vocabulary {

    static final List<String> DOMAINS = List.of(
            "orders", "billing", "shipping", "catalog", "customers", "inventory", "payments", "notifications",
            "pricing", "returns", "loyalty", "reporting", "search", "accounts", "fulfilment", "invoicing",
            "subscriptions", "reviews", "promotions", "warehouse", "tax", "fraud", "onboarding", "scheduling",
            "documents", "identity", "messaging", "analytics", "ledger", "partners");

    static final List<String> NOUNS = List.of(
            "Order", "Invoice", "Shipment", "Customer", "Product", "Price", "Payment", "Refund", "Account",
            "Coupon", "Address", "Parcel", "Carrier", "Ledger", "Quote", "Basket", "Voucher", "Tariff",
            "Warehouse", "Supplier", "Contract", "Subscription", "Review", "Rating", "Campaign", "Discount",
            "Receipt", "Statement", "Booking", "Ticket", "Claim", "Policy", "Premium", "Route", "Slot",
            "Vendor", "Listing", "Bundle", "Batch", "Member", "Tenant", "Device", "Session", "Budget");

    static final List<String> SERVICE_ROLES = List.of(
            "Service", "Manager", "Processor", "Coordinator", "Calculator", "Validator", "Resolver",
            "Aggregator", "Planner", "Facade", "Assembler", "Matcher");
    static final List<String> UTIL_ROLES = List.of("Utils", "Helper", "Formatter", "Mapper", "Converter", "Parsers", "Rules");
    static final List<String> RECORD_ROLES = List.of("Summary", "Line", "Snapshot", "View", "Event", "Key", "Entry", "Result");
    static final List<String> POJO_ROLES = List.of("Details", "Profile", "Document", "Form", "Settings", "Entity");
    static final List<String> ENUM_ROLES = List.of("Status", "Type", "Kind", "Level", "Channel", "Stage");
    static final List<String> FLOW_ROLES = List.of("Workflow", "Saga", "Flow", "Pipeline", "Orchestration", "Process");

    static final List<String> VERBS = List.of(
            "normalize", "resolve", "collect", "summarize", "rank", "validate", "merge", "partition", "score",
            "format", "enrich", "filter", "compute", "reconcile", "match", "split", "classify", "estimate",
            "index", "select", "prepare", "describe", "audit", "trace", "tally", "assemble", "derive", "check");

    static final List<String> FIELD_NAMES_STRING = List.of("id", "code", "label", "reference", "name", "region", "currency", "owner");
    static final List<String> FIELD_NAMES_INT = List.of("quantity", "count", "priority", "position", "attempts", "size");
    static final List<String> FIELD_NAMES_OTHER = List.of("amountCents", "weightGrams", "sequence", "active", "urgent",
            "verified", "tags", "notes", "total", "discount");

    static final List<String> CONSTANTS = List.of(
            "PENDING", "ACTIVE", "SUSPENDED", "REVIEW", "APPROVED", "REJECTED", "SHIPPED", "DELIVERED", "EXPIRED",
            "ARCHIVED", "DRAFT", "OPEN", "CLOSED");

    private static final List<String> CODES = List.of("STD", "EXP", "ECO", "PRI", "BULK", "RET", "INT", "DOM", "VIP", "NEW");

    private final Set<String> taken = new HashSet<>();

    /** A type name not used yet anywhere in the tree: {@code Noun + Role}, else with the domain, else numbered. */
    String typeName(Random random, String domainWord, List<String> roles) {
        String noun = NOUNS.get(random.nextInt(NOUNS.size()));
        String role = roles.get(random.nextInt(roles.size()));
        String name = noun + role;
        if (taken.add(name)) {
            return name;
        }
        name = Calls.capitalise(domainWord) + noun + role;
        if (taken.add(name)) {
            return name;
        }
        for (int i = 2; ; i++) {
            if (taken.add(name + i)) {
                return name + i;
            }
        }
    }

    /** Reserves an exact name (for repository pairs), numbering it when taken. */
    String exactName(String name) {
        if (taken.add(name)) {
            return name;
        }
        for (int i = 2; ; i++) {
            if (taken.add(name + i)) {
                return name + i;
            }
        }
    }

    static String methodName(Random random, Set<String> used) {
        String noun = NOUNS.get(random.nextInt(NOUNS.size()));
        String verb = VERBS.get(random.nextInt(VERBS.size()));
        String name = verb + noun + (random.nextBoolean() ? "" : List.of("s", "Lines", "Keys", "Codes", "Labels").get(random.nextInt(5)));
        String unique = name;
        for (int i = 2; !used.add(unique); i++) {
            unique = name + i;
        }
        return unique;
    }

    static String[] codes(Random random) {
        String[] out = new String[4];
        int start = random.nextInt(CODES.size());
        for (int i = 0; i < 4; i++) {
            out[i] = CODES.get((start + i * 3) % CODES.size());
        }
        return out;
    }

    static String describe(Kind kind, String name, String domain) {
        return switch (kind) {
            case REQUEST -> "The input of the " + domain + " workflows";
            case RECORD -> "An immutable " + split(name) + " of the " + domain + " service";
            case POJO -> "A " + split(name) + " of the " + domain + " service";
            case ENUM -> "The " + split(name) + " values the " + domain + " service knows";
            case UTIL -> "Static helpers for " + domain + " data";
            case REPO_INTERFACE -> "Where the " + domain + " service keeps " + split(name).replace(" repository", "") + " records";
            case REPO_IMPL -> "A " + split(name);
            case SERVICE -> "The " + split(name) + " of the " + domain + " service: validation, ranking and summaries of its records";
        };
    }

    static String methodDoc(String method, Random random) {
        String[] parts = split(method).split(" ", 2);
        String verb = parts[0];
        String rest = parts.length > 1 ? parts[1] : "values";
        String third = verb.endsWith("h") || verb.endsWith("s") ? verb + "es" : verb.endsWith("e") ? verb + "s" : verb + "s";
        return Calls.capitalise(third) + " the " + rest + (random.nextBoolean() ? "." : " of one request.");
    }

    /** "OrderServiceImpl" -> "order service impl". */
    static String split(String camel) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                b.append(' ');
            }
            b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }
}
