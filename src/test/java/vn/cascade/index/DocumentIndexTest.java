package vn.cascade.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.cascade.domain.Deadline;

class DocumentIndexTest {

    @Test
    void lastDay_ofEachByForm_isTheEndOfItsPeriod() {
        assertThat(DocumentIndex.lastDay(Deadline.by("2025"))).isEqualTo(20251231);
        assertThat(DocumentIndex.lastDay(Deadline.by("2025-Q4"))).isEqualTo(20251231);
        assertThat(DocumentIndex.lastDay(Deadline.by("2026-Q1"))).isEqualTo(20260331);
        assertThat(DocumentIndex.lastDay(Deadline.by("2024-02"))).isEqualTo(20240229);
        assertThat(DocumentIndex.lastDay(Deadline.by("2025-11-30"))).isEqualTo(20251130);
        assertThat(DocumentIndex.lastDay(Deadline.continuous())).isNull();
    }
}
