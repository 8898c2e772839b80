package org.plinth.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.plinth.decision.ahp.AhpOptions;
import org.plinth.decision.ahp.AhpResult;
import org.plinth.decision.ahp.GroupResult;
import org.plinth.decision.ahp.JudgmentAdvice;
import org.plinth.decision.ahp.SaatyScale;
import org.plinth.decision.ahp.StakeholderResult;
import org.plinth.siting.judgments.JudgmentsFile;
import org.plinth.siting.judgments.JudgmentsReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code plinth weigh FILE [--json] [--strict]}: criterion weights from stakeholders' pairwise
 * judgments by AHP. Prints the group weights beside each stakeholder's, λmax, CI, CR and warnings.
 * Exit 0 (warnings included), 2 on bad input, 1 with {@code --strict} when any consistency ratio is
 * above the file's threshold.
 */
@Command(name = "weigh", mixinStandardHelpOptions = true,
        description = {"Criterion weights from stakeholders' pairwise judgments (AHP): group weights, "
                + "each stakeholder's weights, consistency (λmax, CI, CR) and warnings.",
            "FILE is YAML: criteria, method, aggregation, random_index, threshold, stakeholders "
                + "(name, influence, judgments [a, b, value])."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:weights computed (warnings included)", "1:--strict and a consistency ratio above the threshold",
            "2:bad input (file, YAML, judgments)"})
public final class WeighCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "Judgments YAML file.")
    Path file;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Option(names = "--strict", description = "Exit 1 when any consistency ratio is above the threshold.")
    boolean strict;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        JudgmentsFile judgments = JudgmentsReader.read(file);
        GroupResult result = judgments.weigh();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(mapper.writeValueAsString(toJson(mapper, result)));
        } else {
            out.print(toText(judgments, result));
        }
        out.flush();
        return strict && result.anyInconsistent() ? PlinthCommand.FAILURE : PlinthCommand.OK;
    }

    static ObjectNode toJson(ObjectMapper mapper, GroupResult r) {
        AhpOptions o = r.options();
        ObjectNode root = mapper.createObjectNode();
        root.put("method", o.method().id());
        root.put("aggregation", r.aggregation().id());
        root.set("weights", weights(mapper, r.weightMap()));
        putNumber(root, "lambda_max", r.lambdaMax());
        putNumber(root, "consistency_index", r.consistencyIndex());
        putNumber(root, "consistency_ratio", r.consistencyRatio());
        root.put("random_index_table", o.randomIndex().id());
        root.put("threshold", o.threshold());
        ArrayNode people = root.putArray("stakeholders");
        for (StakeholderResult s : r.stakeholders()) {
            AhpResult a = s.result();
            ObjectNode p = people.addObject();
            p.put("name", s.name());
            p.put("influence", s.influence());
            p.set("weights", weights(mapper, a.weightMap()));
            p.put("lambda_max", a.lambdaMax());
            p.put("consistency_index", a.consistencyIndex());
            p.put("consistency_ratio", a.consistencyRatio());
            p.put("missing_judgments", a.missingJudgments());
            ArrayNode advice = p.putArray("suggestions");
            if (!a.isConsistent()) {
                for (JudgmentAdvice j : a.worst(o.maxAdvice())) {
                    ObjectNode n = advice.addObject();
                    n.put("first", j.first());
                    n.put("second", j.second());
                    n.put("given", j.given());
                    n.put("consistent", j.consistent());
                    n.put("suggestion", SaatyScale.format(j.suggestion()));
                    n.put("share", j.share());
                }
            }
        }
        ArrayNode warnings = root.putArray("warnings");
        r.warnings().forEach(warnings::add);
        return root;
    }

    private static ObjectNode weights(ObjectMapper mapper, Map<String, Double> w) {
        ObjectNode n = mapper.createObjectNode();
        w.forEach(n::put);
        return n;
    }

    private static void putNumber(ObjectNode n, String key, double v) {
        if (Double.isNaN(v)) {
            n.putNull(key);
        } else {
            n.put(key, v);
        }
    }

    static String toText(JudgmentsFile f, GroupResult r) {
        AhpOptions o = r.options();
        StringBuilder sb = new StringBuilder();
        sb.append("Criterion weights from ").append(f.file().getFileName()).append(": ")
                .append(r.stakeholders().size()).append(r.stakeholders().size() == 1 ? " stakeholder" : " stakeholders")
                .append(", ").append(r.aggregation().id()).append(" (").append(r.aggregation().description()).append(")\n");
        sb.append("method ").append(o.method().id()).append(" (").append(o.method().description())
                .append("); random index ").append(o.randomIndex().id()).append(" (").append(o.randomIndex().citation())
                .append("); threshold ").append(fmt(o.threshold(), 2)).append("\n\n");
        List<String> header = new ArrayList<>(List.of("criterion", "group"));
        r.stakeholders().forEach(s -> header.add(s.name()));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < r.criteria().size(); i++) {
            List<String> row = new ArrayList<>(List.of(r.criteria().get(i), fmt(r.weights()[i], 3)));
            for (StakeholderResult s : r.stakeholders()) {
                row.add(fmt(s.result().weights()[i], 3));
            }
            rows.add(row);
        }
        rows.add(summaryRow("influence", "", r, s -> fmt(s.influence(), 3)));
        rows.add(summaryRow("λmax", fmt(r.lambdaMax(), 4), r, s -> fmt(s.result().lambdaMax(), 4)));
        rows.add(summaryRow("CI", fmt(r.consistencyIndex(), 4), r, s -> fmt(s.result().consistencyIndex(), 4)));
        rows.add(summaryRow("CR", fmt(r.consistencyRatio(), 4), r, s -> fmt(s.result().consistencyRatio(), 4)));
        appendTable(sb, header, rows);
        if (!r.warnings().isEmpty()) {
            sb.append("\nwarnings:\n");
            r.warnings().forEach(w -> sb.append("  - ").append(w).append('\n'));
        }
        return sb.toString();
    }

    private static List<String> summaryRow(String label, String group, GroupResult r,
                                           java.util.function.Function<StakeholderResult, String> cell) {
        List<String> row = new ArrayList<>(List.of(label, group));
        r.stakeholders().forEach(s -> row.add(cell.apply(s)));
        return row;
    }

    private static void appendTable(StringBuilder sb, List<String> header, List<List<String>> rows) {
        int[] width = new int[header.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = header.get(c).length();
            for (List<String> row : rows) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < width.length; c++) {
                String v = row.get(c);
                // First column left-aligned, numbers right-aligned.
                line.append(c == 0 ? v + " ".repeat(width[c] - v.length()) : "  " + " ".repeat(width[c] - v.length()) + v);
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private static String fmt(double v, int decimals) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
