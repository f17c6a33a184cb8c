package vn.cascade.index;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The two analyses of Vietnamese text in the index. {@link #exact()} keeps the diacritics (so
 * "Chỉ thị" matches only itself); {@link #folded()} folds them away, and đ to d, so a query typed
 * without accents ("chi thi 50") finds accented text and unaccented OCR alike. Text is indexed
 * both ways and queries ask both, exact matches weighing more. Input must be NFC (the
 * normalisation chain makes it so; {@link DocumentSearcher} normalises queries).
 */
public final class VietnameseAnalyzers {

    private VietnameseAnalyzers() {
    }

    public static Analyzer exact() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
    }

    public static Analyzer folded() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new LowerCaseFilter(source);
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(s));
            }
        };
    }

    /** The analyzer for the index: folded by default, exact for the {@code *_exact} fields. */
    public static Analyzer perField() {
        Analyzer exact = exact();
        return new PerFieldAnalyzerWrapper(folded(), Map.of(IndexFields.TEXT_EXACT, exact));
    }
}
