package dev.durablecheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.durablecheck.core.config.Configuration;
import dev.durablecheck.core.report.RuleLinks;
import dev.durablecheck.core.report.StableJson;
import dev.durablecheck.core.rule.RuleDescriptor;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * What {@code --list-rules} prints: the runtime profiles, then every rule with the severity the
 * configuration gives it ({@code off} when switched off), its summary and its page; as aligned
 * text, or as JSON.
 */
final class RuleListing {

    private final List<RuleDescriptor> rules;
    private final Configuration configuration;
    private final RuleLinks links;
    private final List<String> profiles;

    RuleListing(List<RuleDescriptor> rules, Configuration configuration, RuleLinks links, List<String> profiles) {
        this.rules = rules;
        this.configuration = configuration;
        this.links = links;
        this.profiles = profiles;
    }

    void writeText(PrintWriter out) {
        out.println("runtime profiles: " + String.join(", ", profiles));
        int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(0);
        for (RuleDescriptor r : rules) {
            out.printf("%-" + width + "s  %-7s  %s  %s%n", r.id(), severity(r), r.summary(), links.page(r.id()));
        }
        out.flush();
    }

    void writeJson(PrintWriter out) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        configuration.source().ifPresent(file -> root.put("configuration", file.toAbsolutePath().normalize().toString()));
        profiles.forEach(root.putArray("profiles")::add);
        ArrayNode list = root.putArray("rules");
        for (RuleDescriptor r : rules) {
            ObjectNode rule = list.addObject();
            rule.put("id", r.id());
            rule.put("severity", severity(r));
            rule.put("defaultSeverity", r.severity().label());
            rule.put("group", r.group());
            rule.put("summary", r.summary());
            rule.put("helpUri", links.page(r.id()).toString());
        }
        StableJson.write(mapper, root, out);
    }

    private String severity(RuleDescriptor rule) {
        return configuration.isOff(rule.id()) ? "off" : configuration.severityOf(rule.id(), rule.severity()).label();
    }
}
