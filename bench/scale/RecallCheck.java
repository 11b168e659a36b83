import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.unkg.extract.Extractor;
import org.unkg.model.Citation;
import org.unkg.model.CitationKind;
import org.unkg.model.Extraction;

/**
 * Checks that unkg's extractor finds the citations {@code ScaleCorpus.java} wrote: on an evenly spaced sample of
 * the manifest, the resolutions each file was meant to cite against those extracted, and its own symbol.
 *
 * <pre>{@code
 * java -cp target/unkg.jar bench/scale/RecallCheck.java /work/scale/corpus-10k 1000
 * }</pre>
 *
 * <p>Recall: intended (file, cited resolution) pairs found / intended pairs. Extra: pairs extracted that the
 * generator did not write (a misread number). Mentions: citation mentions written vs resolution citations extracted.
 */
public final class RecallCheck {
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int sample = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        List<String> rows = Files.readAllLines(corpus.resolve("manifest.tsv"));
        rows = rows.subList(1, rows.size());
        int step = Math.max(1, rows.size() / sample);
        Extractor extractor = Extractor.builder().build();
        long intended = 0, found = 0, extra = 0, mentionsWritten = 0, mentionsRead = 0;
        long[] intendedBy = new long[2], foundBy = new long[2]; // [Assembly, Council]
        int files = 0, identityOk = 0, perfect = 0;
        List<String> misses = new ArrayList<>();
        for (int r = 0; r < rows.size() && files < sample; r += step) {
            String[] f = rows.get(r).split("\t", -1);
            Set<String> want = new HashSet<>();
            for (String t : f[3].split(";")) {
                if (!t.isEmpty()) {
                    want.add(t);
                }
            }
            Extraction x = extractor.extract(corpus.resolve(f[0]));
            files++;
            if (x.identity() != null && f[1].equals(x.identity().symbol())) {
                identityOk++;
            } else if (misses.size() < 10) {
                misses.add(f[0] + ": identity " + (x.identity() == null ? null : x.identity().symbol()));
            }
            Set<String> got = new HashSet<>();
            for (Citation c : x.citations()) {
                if (c.kind() == CitationKind.GA_RESOLUTION || c.kind() == CitationKind.SC_RESOLUTION) {
                    got.add(c.target());
                    mentionsRead++;
                }
            }
            mentionsWritten += Long.parseLong(f[2]);
            intended += want.size();
            int hit = 0;
            for (String w : want) {
                int organ = w.contains("(") ? 1 : 0;
                intendedBy[organ]++;
                if (got.contains(w)) {
                    hit++;
                    foundBy[organ]++;
                } else if (misses.size() < 10) {
                    misses.add(f[0] + ": missed " + w);
                }
            }
            found += hit;
            for (String g : got) {
                if (!want.contains(g)) {
                    extra++;
                    if (misses.size() < 10) {
                        misses.add(f[0] + ": extra " + g);
                    }
                }
            }
            if (hit == want.size() && got.size() == want.size()) {
                perfect++;
            }
        }
        System.out.printf("files %d; identity recognized %d (%.2f%%); files with exactly the intended set %d%n",
                files, identityOk, 100.0 * identityOk / files, perfect);
        System.out.printf("cited resolutions: intended %d, found %d, recall %.4f; extra %d%n", intended, found,
                (double) found / intended, extra);
        System.out.printf("recall of Assembly resolutions %.4f (%d), of Council resolutions %.4f (%d)%n",
                (double) foundBy[0] / intendedBy[0], intendedBy[0], (double) foundBy[1] / intendedBy[1],
                intendedBy[1]);
        System.out.printf("mentions: written %d, resolution citations extracted %d%n", mentionsWritten, mentionsRead);
        misses.forEach(m -> System.out.println("  " + m));
    }
}
