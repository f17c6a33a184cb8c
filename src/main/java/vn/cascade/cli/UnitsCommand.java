package vn.cascade.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.cascade.domain.Unit;
import vn.cascade.trace.UnitRegistry;

@Command(name = "units", mixinStandardHelpOptions = true,
        description = {"The units the indexed documents assign tasks to, each once across documents: canonical name,",
                "the spellings seen, and the documents that name it."})
final class UnitsCommand implements Callable<Integer> {

    @ParentCommand
    Cascade parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        UnitRegistry registry = UnitRegistry.build(FollowCommand.graph(parent));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(registry.units()));
        } else {
            for (Unit u : registry.units()) {
                out.printf("%s%n    written: %s%n    in: %s%n", u.name(), String.join(" · ", u.variants()),
                        String.join(", ", u.documents()));
            }
            out.printf("%d units.%n", registry.units().size());
        }
        out.flush();
        return 0;
    }
}
