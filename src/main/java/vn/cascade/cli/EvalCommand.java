package vn.cascade.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.cascade.normalize.NormalizationChain;
import vn.cascade.normalize.NormalizerModel;
import vn.cascade.normalize.ToneMarkPlacement;
import vn.cascade.normalize.train.RestorationEvaluation;

@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measures Cascade's models.",
        subcommands = EvalCommand.Normalize.class)
final class EvalCommand {

    @ParentCommand
    Cascade parent;

    @Command(name = "normalize", mixinStandardHelpOptions = true,
            description = {"Restores INPUT and compares input and output with the GOLD transcription: syllable accuracy",
                    "of each, the share of wrong syllables corrected and of right ones broken, speed."})
    static final class Normalize implements Callable<Integer> {
        @ParentCommand EvalCommand eval;
        @Spec CommandSpec spec;

        @Option(names = "--gold", required = true) Path gold;
        @Option(names = "--input", description = "Text to restore (default: the gold with its diacritics stripped).") Path input;
        @Option(names = "--model", description = "Model folder (default: cascade.normalize.model).") Path model;

        @Override
        public Integer call() throws Exception {
            Path dir = model != null ? model : eval.parent.config().normalizerModel();
            if (!NormalizerModel.exists(dir)) {
                throw new Cascade.UserException("no trained normalizer in " + dir + "; run 'cascade train normalizer'");
            }
            long t0 = System.nanoTime();
            NormalizerModel m = NormalizerModel.load(dir);
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            NormalizationChain chain = NormalizationChain.withRestorer(ToneMarkPlacement.Style.OLD, m.restorer());
            String g = Files.readString(gold, StandardCharsets.UTF_8).replace("**", "");
            String in = input != null ? Files.readString(input, StandardCharsets.UTF_8) : RestorationEvaluation.strip(g);
            RestorationEvaluation.Result r = RestorationEvaluation.evaluate(g, in, chain);
            spec.commandLine().getOut().printf("%s vs %s: %s; model load %.2f s%n", input != null ? input : "stripped",
                    gold, r.describe(), loadSeconds);
            return 0;
        }
    }
}
