package vn.cascade.normalize.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RestatementMinerTest {

    static final String CITY = String.join("\n",
            "2.7. Tăng cường công tác kiểm tra, giám sát đối với việc bảo đảm nền nếp, chất lượng sinh hoạt chi bộ; "
                    + "kịp thời biểu dương những chi bộ làm tốt.",
            "2.8. Bảo đảm các điều kiện cần thiết để tổ chức tốt việc sinh hoạt chi bộ.");

    @Test
    void aScannedLineThatRestatesAnAccentedOne_givesWordPairs() {
        RestatementMiner miner = new RestatementMiner(0.5, 6);
        miner.addAccented(CITY);
        // a ward plan printed and OCR'd without Vietnamese: cut at another place, accents lost, letters confused
        List<RestatementMiner.Pair> pairs = miner.mine(
                "Tang cuong cong tac kiém tra, giam sat déi véi viéc bao dam nén nép, chat\n"
                        + "Một dòng không liên quan gì đến văn bản kia cả, về thời tiết và mùa màng năm nay.");
        assertThat(pairs).extracting(p -> p.intended() + "=" + p.observed())
                .contains("Tăng=Tang", "kiểm=kiém", "đối=déi", "với=véi", "nền=nén")
                .noneMatch(s -> s.contains("thời") || s.contains("mùa"));
    }

    @Test
    void shortOrUnrelatedLines_giveNothing() {
        RestatementMiner miner = new RestatementMiner(0.5, 6);
        miner.addAccented(CITY);
        assertThat(miner.mine("Noi nhan:\nBan Bi thu")).isEmpty();
        assertThat(miner.mine("Phat trien du lich cong dong o vung cao trong nam toi va cac nam tiep theo")).isEmpty();
    }
}
