package vn.cascade.cli;

import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;


import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.cascade.trace.ComplianceCheck;
import vn.cascade.trace.ComplianceReport;
import vn.cascade.trace.DocumentGraph;
import vn.cascade.trace.TaskAligner;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Compliance as of a date: tasks past their deadline, plans issued after the deadline their",
                "parent set, required plans the corpus lacks, child deadlines later than the parent's, parent",
                "solutions a child plan does not carry down; and per unit, open and overdue tasks."})
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    Cascade parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "YYYY-MM-DD")
    String asOf;

    @Option(names = "--json")
    boolean json;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the findings as CSV.")
    Path csv;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "Also write findings and unit counts as an XLSX workbook.")
    Path xlsx;

    @Override
    public Integer call() throws Exception {
        LocalDate date;
        try {
            date = LocalDate.parse(asOf);
        } catch (RuntimeException e) {
            throw new Cascade.UserException("--as-of must be a date like 2025-12-31, not '" + asOf + "'");
        }
        DocumentGraph graph = FollowCommand.graph(parent);
        List<TaskAligner.Link> links = new TaskAligner(graph).align(graph);
        ComplianceCheck check = new ComplianceCheck();
        List<ComplianceCheck.Finding> findings = check.check(graph, links, date);
        List<ComplianceCheck.UnitLoad> load = check.load(graph, date);
        PrintWriter out = spec.commandLine().getOut();
        if (csv != null) {
            Files.writeString(csv, ComplianceCheck.csv(findings), StandardCharsets.UTF_8);
        }
        if (xlsx != null) {
            try (FileOutputStream os = new FileOutputStream(xlsx.toFile())) {
                ComplianceReport.xlsx(findings, load, os);
            }
        }
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(
                    java.util.Map.of("as_of", asOf, "findings", findings, "units", load)));
            return 0;
        }
        out.printf("Compliance as of %s: %d findings.%n", asOf, findings.size());
        for (ComplianceCheck.Kind k : ComplianceCheck.Kind.values()) {
            List<ComplianceCheck.Finding> of = findings.stream().filter(f -> f.kind() == k).toList();
            if (of.isEmpty()) {
                continue;
            }
            out.printf("%n%s (%d)%n", k, of.size());
            for (var f : of) {
                out.printf("  %s %s  %s%n    %s%n    evidence: %s%n", f.document(), nz(f.section()), nz(f.unit()),
                        cut(f.text()), f.evidence());
            }
        }
        out.printf("%nPer unit (lead tasks): open / overdue%n");
        for (var l : load) {
            out.printf("  %-60s %3d / %3d%n", l.unit(), l.open(), l.overdue());
        }
        out.flush();
        return 0;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String cut(String s) {
        return s == null ? "" : s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }
}
