package vn.cascade.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.cascade.web.WebApplication;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the office's web page over the data folder: search, documents, the implementation",
                "tree, compliance (analyst) and status (admin), behind a sign-in. Users and roles are",
                "cascade.web.users in pipeline/cascade.properties (name:{bcrypt}hash:ROLE); the embedded",
                "defaults viewer/viewer, analyst/analyst, admin/admin are for a first look only."})
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    Cascade parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--address", defaultValue = "127.0.0.1",
            description = "Address to bind (default ${DEFAULT-VALUE}: this machine only).")
    String address;

    @Override
    public Integer call() throws InterruptedException {
        WebApplication.start(parent.config(), address, port);
        spec.commandLine().getOut().printf("Cascade is at http://%s:%d/ (Ctrl-C stops it).%n", address, port);
        spec.commandLine().getOut().flush();
        Thread.currentThread().join(); // the web server's threads keep running
        return 0;
    }
}
