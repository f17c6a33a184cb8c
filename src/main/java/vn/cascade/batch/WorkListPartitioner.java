package vn.cascade.batch;

import java.util.HashMap;
import java.util.Map;

import org.springframework.batch.core.partition.support.Partitioner;
import org.springframework.batch.item.ExecutionContext;

/**
 * Splits the work list into {@code gridSize} interleaved shares (file i goes to partition
 * i mod gridSize), so that a folder of scans followed by a folder of text files keeps every
 * worker busy.
 */
final class WorkListPartitioner implements Partitioner {

    static final String PARTITION = "cascade.partition";
    static final String PARTITIONS = "cascade.partitions";

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> out = new HashMap<>();
        for (int i = 0; i < gridSize; i++) {
            ExecutionContext ctx = new ExecutionContext();
            ctx.putInt(PARTITION, i);
            ctx.putInt(PARTITIONS, gridSize);
            out.put("worker" + i, ctx);
        }
        return out;
    }
}
