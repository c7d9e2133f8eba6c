package dev.durablecheck.bench;

import dev.durablecheck.bench.TreeModel.Family;
import dev.durablecheck.bench.TreeModel.Field;
import dev.durablecheck.bench.TreeModel.Kind;
import dev.durablecheck.bench.TreeModel.MethodSpec;
import dev.durablecheck.bench.TreeModel.TypeSpec;

/** Expressions that call generated methods and build generated values, the way their callers would write them. */
final class Calls {

    private Calls() {
    }

    /** The name of the final field a caller holds an instance dependency in. */
    static String fieldName(TypeSpec dependency) {
        String n = dependency.fieldType().name;
        return Character.toLowerCase(n.charAt(0)) + n.substring(1);
    }

    /** A call of {@code target} with one argument expression (two for the generic helpers). */
    static String call(MethodSpec target, String... args) {
        String receiver = target.isStatic() ? target.owner.name : fieldName(target.owner);
        return receiver + "." + target.name + "(" + String.join(", ", args) + ")";
    }

    /**
     * A statement, in a method of family {@code caller}, that calls {@code target} and folds its result
     * into the caller's running value: {@code result} (STR), {@code total} (COUNT) or {@code out} (LIST);
     * the caller's parameter is {@code input} (STR) or {@code items}.
     */
    static String fold(Family caller, MethodSpec target) {
        return switch (caller) {
            case STR -> switch (target.family) {
                case STR -> "result = result + \"|\" + " + call(target, "result") + ";";
                case COUNT -> "result = result + \"#\" + " + call(target, "List.of(result)") + ";";
                case LIST -> "result = result + \"/\" + String.join(\"/\", " + call(target, "List.of(result)") + ");";
                case GROUP_BY -> "result = result + " + call(target, "List.of(result)", "String::length") + ".size();";
                case FIRST_MATCH -> "result = result + " + call(target, "List.of(result)", "item -> !item.isEmpty()") + ".orElse(\"\");";
            };
            case COUNT -> switch (target.family) {
                case STR -> "total += " + call(target, "String.join(\",\", items)") + ".length();";
                case COUNT -> "total += " + call(target, "items") + ";";
                case LIST -> "total += " + call(target, "items") + ".size();";
                case GROUP_BY -> "total += " + call(target, "items", "String::length") + ".size();";
                case FIRST_MATCH -> "total += " + call(target, "items", "item -> item.length() > 2") + ".map(String::length).orElse(0);";
            };
            case LIST -> switch (target.family) {
                case STR -> "out.add(" + call(target, "String.join(\"-\", items)") + ");";
                case COUNT -> "out.add(String.valueOf(" + call(target, "items") + "));";
                case LIST -> "out.addAll(" + call(target, "items") + ");";
                case GROUP_BY -> call(target, "items", "String::length") + ".forEach((length, group) -> out.add(length + \":\" + group.size()));";
                case FIRST_MATCH -> call(target, "items", "item -> item.contains(\"-\")") + ".ifPresent(out::add);";
            };
            default -> throw new IllegalArgumentException("no fold into " + caller);
        };
    }

    /** A new instance of a record or POJO built from a String expression. */
    static String construct(TypeSpec dto, String s) {
        StringBuilder b = new StringBuilder("new ").append(dto.name).append('(');
        for (int i = 0; i < dto.fields.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(valueOf(dto.fields.get(i).type(), s));
        }
        return b.append(')').toString();
    }

    static String valueOf(String type, String s) {
        return switch (type) {
            case "String" -> s;
            case "int" -> s + ".length()";
            case "long" -> s + ".length() * 100L";
            case "boolean" -> "!" + s + ".isEmpty()";
            case "List<String>" -> "List.of(" + s + ")";
            case "BigDecimal" -> "BigDecimal.valueOf(" + s + ".length())";
            default -> throw new IllegalArgumentException(type);
        };
    }

    /** Reads field {@code index} of a record or POJO held in {@code v}. */
    static String read(TypeSpec dto, int index, String v) {
        Field f = dto.fields.get(index);
        if (dto.kind == Kind.RECORD || dto.kind == Kind.REQUEST) {
            return v + "." + f.name() + "()";
        }
        return v + "." + (f.type().equals("boolean") ? "is" : "get") + capitalise(f.name()) + "()";
    }

    static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
