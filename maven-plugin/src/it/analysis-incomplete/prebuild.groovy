// A handler of several hundred kilobytes, written here rather than kept in the repository.
def source = new StringBuilder('''package it.orders;

import software.amazon.lambda.durable.DurableContext;

public class Big {
    public long handle(String input, DurableContext context) {
        long total = 0;
''')
8000.times { i -> source.append("        total += input.length() * ${i} + context.hashCode();\n") }
source.append('        return total;\n    }\n}\n')
def file = new File(basedir, 'src/main/java/it/orders/Big.java')
file.parentFile.mkdirs()
file.text = source.toString()
assert file.length() > 400000
