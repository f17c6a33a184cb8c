package vn.cascade.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.cascade.understand.Extraction;

/** A fault in understanding one text costs that text's extraction, not the document nor the batch. */
class DocumentPipelineTest {

    @Test
    void aFaultInUnderstanding_leavesTheDocumentWithAnEmptyExtraction() {
        Extraction e = DocumentPipeline.understoodOrEmpty(() -> {
            throw new StringIndexOutOfBoundsException("begin 57, end 50");
        }, "ke-hoach.pdf");
        assertThat(e.file()).isEqualTo("ke-hoach.pdf");
        assertThat(e.tasks()).isEmpty();
        assertThat(e.references()).isEmpty();
        Extraction fine = Extraction.empty("x.txt");
        assertThat(DocumentPipeline.understoodOrEmpty(() -> fine, "x.txt")).isSameAs(fine);
    }
}
