package vn.cascade.batch;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.springframework.batch.core.Job;
import org.springframework.batch.core.SkipListener;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.skip.SkipPolicy;
import org.springframework.batch.item.ItemProcessor;
import org.springframework.batch.item.ItemWriter;
import org.springframework.batch.repeat.CompletionPolicy;
import org.springframework.batch.repeat.policy.CompositeCompletionPolicy;
import org.springframework.batch.repeat.policy.SimpleCompletionPolicy;
import org.springframework.batch.repeat.policy.TimeoutTerminationPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import vn.cascade.domain.Document;
import vn.cascade.domain.SourceFile;
import vn.cascade.index.DocumentIndex;
import vn.cascade.ingest.Quarantine;
import vn.cascade.ingest.UnreadableDocumentException;
import vn.cascade.pipeline.CascadeConfig;
import vn.cascade.pipeline.DocumentPipeline;

/**
 * The ingest job: a thin Spring Batch adapter over {@link DocumentPipeline}.
 * <ol>
 * <li>{@code scan}: which files are new or changed ({@link ScanTasklet});</li>
 * <li>{@code ingest}: partitioned over {@code cascade.threads} workers, each reading its share of
 * the work list, processing each file through the pipeline, and writing it to the index with a
 * commit per chunk. A file the pipeline cannot read is skipped into the quarantine with its reason;
 * any other failure stops the job, which {@code ingest} then restarts where it stopped.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
public class IngestJobConfiguration {

    public static final String JOB_NAME = "ingest";
    public static final String INPUTS = "inputs";

    @Bean(destroyMethod = "close")
    DocumentPipeline documentPipeline(CascadeConfig config) {
        return DocumentPipeline.create(config);
    }

    @Bean(destroyMethod = "close")
    DocumentIndex documentIndex(CascadeConfig config) {
        return new DocumentIndex(config.dataDir());
    }

    @Bean
    Quarantine quarantine(CascadeConfig config) {
        return new Quarantine(config.dataDir());
    }

    @Bean
    Job ingestJob(JobRepository repository, Step scanStep, Step ingestStep) {
        return new JobBuilder(JOB_NAME, repository).start(scanStep).next(ingestStep).build();
    }

    @Bean
    Step scanStep(JobRepository repository, PlatformTransactionManager tx, ScanTasklet scanTasklet) {
        return new StepBuilder("scan", repository).tasklet(scanTasklet, tx).build();
    }

    @Bean
    @JobScope
    ScanTasklet scanTasklet(@Value("#{jobParameters['" + INPUTS + "']}") String inputs, CascadeConfig config,
                            DocumentIndex index, Quarantine quarantine) {
        List<Path> paths = Arrays.stream(inputs.split("\n")).filter(s -> !s.isBlank()).map(Path::of).toList();
        return new ScanTasklet(paths, config.excludes(), index, quarantine, config.dataDir().resolve("work"));
    }

    @Bean
    Step ingestStep(JobRepository repository, Step ingestWorker, CascadeConfig config, IngestProgress progress) {
        return new StepBuilder("ingest", repository)
                .partitioner("ingestWorker", new WorkListPartitioner())
                .step(ingestWorker)
                .gridSize(config.threads())
                .taskExecutor(new SimpleAsyncTaskExecutor("cascade-worker-"))
                .listener(new StepExecutionListener() {
                    @Override
                    public void beforeStep(StepExecution stepExecution) {
                        String workList = stepExecution.getJobExecution().getExecutionContext().getString(ScanTasklet.WORK_LIST);
                        progress.start(WorkList.read(Path.of(workList)).size());
                    }
                })
                .build();
    }

    @Bean
    Step ingestWorker(JobRepository repository, PlatformTransactionManager tx, CascadeConfig config,
                      WorkListReader workListReader, ItemProcessor<SourceFile, Document> documentProcessor,
                      ItemWriter<Document> indexWriter, Quarantine quarantine, IngestProgress progress) {
        SkipPolicy unreadableOnly = (t, skipCount) -> t instanceof UnreadableDocumentException;
        return new StepBuilder("ingestWorker", repository)
                .<SourceFile, Document>chunk(commitPolicy(config), tx)
                .reader(workListReader)
                .processor(documentProcessor)
                .writer(indexWriter)
                .faultTolerant()
                .skipPolicy(unreadableOnly)
                .processorNonTransactional()
                .listener(new SkipListener<SourceFile, Document>() {
                    @Override
                    public void onSkipInProcess(SourceFile item, Throwable t) {
                        progress.setAside(quarantine.setAside(item, (UnreadableDocumentException) t));
                    }
                })
                .build();
    }

    /** A chunk ends after {@code chunkSize} documents or {@code commitIntervalMillis}, whichever is first. */
    private static CompletionPolicy commitPolicy(CascadeConfig config) {
        CompositeCompletionPolicy policy = new CompositeCompletionPolicy();
        policy.setPolicies(new CompletionPolicy[] {
                new SimpleCompletionPolicy(config.chunkSize()),
                new TimeoutTerminationPolicy(config.commitIntervalMillis())});
        return policy;
    }

    @Bean
    @StepScope
    WorkListReader workListReader(@Value("#{jobExecutionContext['" + ScanTasklet.WORK_LIST + "']}") String workList,
                                  @Value("#{stepExecutionContext['" + WorkListPartitioner.PARTITION + "']}") Integer partition,
                                  @Value("#{stepExecutionContext['" + WorkListPartitioner.PARTITIONS + "']}") Integer partitions) {
        return new WorkListReader(Path.of(workList), partition, partitions);
    }

    @Bean
    ItemProcessor<SourceFile, Document> documentProcessor(DocumentPipeline pipeline) {
        return pipeline::process;
    }

    @Bean
    ItemWriter<Document> indexWriter(DocumentIndex index, IngestProgress progress) {
        return chunk -> {
            for (Document d : chunk) {
                index.upsert(d);
            }
            index.commit();
            for (Document d : chunk) {
                progress.indexed(d.pages().size(), (int) d.ocrPageCount());
            }
        };
    }
}
