import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.unkg.store.IngestReport;
import org.unkg.store.Ingester;

/**
 * Re-ingests a corpus into a store that already holds it, three times in one JVM, printing each summary: the
 * incremental cost with any jar, for comparing builds on one store.
 *
 * <pre>
 * java -cp target/unkg.jar bench/ingest/Reingest.java ROOT DB PATH   # PATH relative to ROOT, as first ingested
 * </pre>
 */
public class Reingest {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path db = Path.of(args[1]);
        List<Path> paths = List.of(root.resolve(args[2]));
        Ingester in = Ingester.builder().root(root).build();
        for (int i = 0; i < 3; i++) {
            IngestReport r = in.ingest(db, paths);
            System.out.printf(Locale.ROOT, "re-ingest %d: %s%n", i + 1, r.summary());
        }
    }
}
