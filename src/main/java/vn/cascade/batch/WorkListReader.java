package vn.cascade.batch;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;

import vn.cascade.domain.SourceFile;

/**
 * Reads one partition's share of the work list.
 * (Not final: Spring makes a step-scoped proxy subclass of it.) Restartable: the base class saves the number of
 * items read at each commit under {@code workList.read.count}, and a restart skips that many.
 */
class WorkListReader extends AbstractItemCountingItemStreamItemReader<SourceFile> {

    private final Path workList;
    private final int partition;
    private final int partitions;
    private List<SourceFile> share;
    private int next;

    WorkListReader(Path workList, int partition, int partitions) {
        this.workList = workList;
        this.partition = partition;
        this.partitions = partitions;
        setName("workList");
    }

    @Override
    protected void doOpen() {
        List<SourceFile> all = WorkList.read(workList);
        share = java.util.stream.IntStream.range(0, all.size())
                .filter(i -> i % partitions == partition)
                .mapToObj(all::get)
                .toList();
        next = 0;
    }

    @Override
    protected SourceFile doRead() {
        return next < share.size() ? share.get(next++) : null;
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        next = Math.min(itemIndex, share.size());
    }

    @Override
    protected void doClose() {
        share = null;
    }
}
